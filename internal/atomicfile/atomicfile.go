// Package atomicfile writes files so that a reader sees either the whole
// new content or what was there before: each file is written to a
// temporary name in its directory and renamed into place only when
// complete. An error or an interruption leaves no partial file.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// File is one file of a set written by WriteAll: its name in the directory
// and a function that writes its content.
type File struct {
	Name  string
	Write func(io.Writer) error
}

// WriteFile writes data to path atomically, readable by everyone (0644).
// Errors name path.
func WriteFile(path string, data []byte) error {
	tmp, err := create(filepath.Dir(path), filepath.Base(path), func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	}
	return nil
}

// WriteAll writes files into the directory dir: every file to a temporary
// name first, and all of them renamed into place only when every one is
// written, so that an error leaves none of them changed. Errors name the
// file.
func WriteAll(dir string, files []File) error {
	var temps []string
	cleanup := func() {
		for _, t := range temps {
			os.Remove(t)
		}
	}
	for _, f := range files {
		tmp, err := create(dir, f.Name, f.Write)
		if err != nil {
			cleanup()
			return fmt.Errorf("writing %s: %w", filepath.Join(dir, f.Name), err)
		}
		temps = append(temps, tmp)
	}
	for i, f := range files {
		if err := os.Rename(temps[i], filepath.Join(dir, f.Name)); err != nil {
			cleanup()
			return err
		}
	}
	return nil
}

// create writes a temporary file next to dir/name with write and returns
// its path; on error it removes it.
func create(dir, name string, write func(io.Writer) error) (string, error) {
	tmp, err := os.CreateTemp(dir, "."+name+".tmp*")
	if err != nil {
		return "", err
	}
	err = tmp.Chmod(0o644) // CreateTemp makes files only the owner can read
	if err == nil {
		err = write(tmp)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp.Name())
		return "", err
	}
	return tmp.Name(), nil
}

// unwrapPath drops the operation and temporary path of an *os.PathError,
// which would name the temporary file rather than the one asked for.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
