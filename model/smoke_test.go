package model_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/vwnw/vwnw/model"
	"github.com/vwnw/vwnw/scenarios"
)

func TestSmoke(t *testing.T) {
	var ins []model.Input
	for _, n := range []string{"baseline", "intensive_coaching"} {
		s, err := scenarios.Load(n)
		if err != nil {
			t.Fatal(err)
		}
		ins = append(ins, s.Input())
	}
	e, err := model.NewEngine(model.Config{Seed: 1, Iterations: 400, Horizon: 60, Workers: 2, Observe: 7}, ins)
	if err != nil {
		t.Fatal(err)
	}
	var obs [2][model.NumCategories]float64
	var out [2][model.NumOutcomes]float64
	var npv [2][model.NumStakeholders]float64
	e.Each(context.Background(), func(it *model.Iteration) error {
		for s := range it.Scenarios {
			for k := range obs[s] {
				obs[s][k] += it.Scenarios[s].Observed[k] / 400
			}
			for k := range out[s] {
				out[s][k] += it.Scenarios[s].Outcomes[k] / 400
			}
			for k := range npv[s] {
				npv[s][k] += it.Scenarios[s].NPV[k] / 400
			}
		}
		return nil
	})
	for s := range 2 {
		fmt.Printf("%d obs %v\n out %v\n npv %.0f\n", s, obs[s], out[s], npv[s])
		cont := obs[s][1] + obs[s][2] + obs[s][3] + obs[s][4]
		fmt.Printf("work share among continuing %.3f\n", (obs[s][1]+obs[s][2])/cont)
	}
}
