package i18n

import (
	"math"
	"testing"
)

func TestAmount(t *testing.T) {
	tests := []struct {
		x    float64
		lang string
		want string
	}{
		{0, "nl", "€ 0"},
		{1234567, "nl", "€ 1.234.567"},
		{1234567, "", "€ 1.234.567"},
		{999, "nl", "€ 999"},
		{1000, "nl", "€ 1.000"},
		{-12345, "nl", "−€ 12.345"},
		{-0.4, "nl", "€ 0"},
		{-0.5, "nl", "−€ 1"},
		{1234.5, "nl", "€ 1.235"},
		{123456.49, "nl", "€ 123.456"},
		{1234567, "en", "€1,234,567"},
		{-12345, "en", "−€12,345"},
		{12, "en", "€12"},
		{math.NaN(), "nl", "n.b."},
		{math.Inf(1), "en", "n/a"},
	}
	for _, tc := range tests {
		if got := Amount(tc.x, tc.lang); got != tc.want {
			t.Errorf("Amount(%v, %q) = %q, want %q", tc.x, tc.lang, got, tc.want)
		}
	}
}

func TestNumberAndPercent(t *testing.T) {
	tests := []struct {
		got, want string
	}{
		{Number(1234.56, 1, "nl"), "1.234,6"},
		{Number(1234.56, 1, "en"), "1,234.6"},
		{Number(5400000, 0, "nl"), "5.400.000"},
		{Number(-3.25, 2, "nl"), "−3,25"},
		{Number(-0.001, 1, "nl"), "0,0"},
		{Percent(0.0225, 2, "nl"), "2,25%"},
		{Percent(0.0225, 2, "en"), "2.25%"},
		{Percent(0.623, 0, "nl"), "62%"},
		{Percent(1, 0, "en"), "100%"},
	}
	for i, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("case %d: got %q, want %q", i, tc.got, tc.want)
		}
	}
}

func TestSignificant(t *testing.T) {
	tests := []struct {
		x    float64
		lang string
		want string
	}{
		{489.61756408095357, "nl", "489,618"},
		{489.61756408095357, "en", "489.618"},
		{3000, "nl", "3.000"},
		{50, "en", "50"},
		{-0.0125, "nl", "−0,0125"},
		{1234567.89, "en", "1,234,570"},
		{1e-9, "nl", "1e-09"},
		{math.NaN(), "nl", "n.b."},
	}
	for _, tc := range tests {
		if got := Significant(tc.x, tc.lang); got != tc.want {
			t.Errorf("Significant(%v, %q) = %q, want %q", tc.x, tc.lang, got, tc.want)
		}
	}
}

func TestGrouped(t *testing.T) {
	for _, tt := range []struct {
		x    float64
		want string
	}{
		{0, "0"}, {-0.4, "0"}, {999, "999"}, {1000, "1,000"}, {1234567.5, "1,234,568"},
		{-1234, "-1,234"}, {-999999.6, "-1,000,000"}, {12345678901, "12,345,678,901"},
	} {
		if got := Grouped(tt.x); got != tt.want {
			t.Errorf("Grouped(%v) = %q, want %q", tt.x, got, tt.want)
		}
	}
}
