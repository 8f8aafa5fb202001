// Package atomicfile writes files so that a reader sees either the whole
// new content or what was there before: each file is written to a
// temporary name in its directory and renamed into place only when
// complete. An error or an interruption leaves no partial file.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/vwnw/vwnw/internal/safeio"
)

// File is one file of a set written by WriteAll: its name in the directory
// and a function that writes its content.
type File struct {
	Name  string
	Write func(io.Writer) error
}

// CheckTarget refuses a path that exists but is not a regular file — a
// directory, a named pipe (FIFO), a device, a socket, or a symbolic link,
// even one to a regular file: writing renames a new file onto the path,
// which would replace the link itself, not the file it points to, and
// silently undo a FIFO or device someone put there. A path that does not
// exist is fine. The error names path, says what it is and wraps
// safeio.ErrNotRegular.
func CheckTarget(path string) error {
	info, err := os.Lstat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("%s: %w", path, unwrapPath(err))
	case info.Mode().IsRegular():
		return nil
	}
	return fmt.Errorf("%s: exists and is %s, %w; vwnw writes a new file only in place of a regular file (it would replace the %s, not write into it): remove it or choose another name",
		path, safeio.Describe(info.Mode()), safeio.ErrNotRegular, kind(info.Mode()))
}

// kind is the short name of what CheckTarget refuses.
func kind(m fs.FileMode) string {
	switch {
	case m&fs.ModeSymlink != 0:
		return "link"
	case m.IsDir():
		return "directory"
	case m&fs.ModeNamedPipe != 0:
		return "pipe"
	}
	return "file"
}

// WriteFile writes data to path atomically, readable by everyone (0644).
// A path that exists but is not a regular file is refused (see
// CheckTarget). Errors name path.
func WriteFile(path string, data []byte) error {
	if err := CheckTarget(path); err != nil {
		return err
	}
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

// WriteAll writes files into the directory dir as one set: an old set is
// never mixed with a new one. Every file is written to a temporary name
// first; a target that exists but is not a regular file is refused before
// anything is written, with an error wrapping safeio.ErrNotRegular. Then each existing target is moved aside to a
// backup name, and the new files are renamed into place; if a rename
// fails, the files already renamed are removed and the backups moved back,
// so that the directory holds the old set, as it was. The backups are
// removed at the end. No temporary file survives an error. Errors name the
// file.
func WriteAll(dir string, files []File) error {
	for _, f := range files {
		if info, err := os.Lstat(filepath.Join(dir, f.Name)); err == nil && !info.Mode().IsRegular() {
			return fmt.Errorf("%s: exists and is %s, %w; remove it or choose another directory",
				filepath.Join(dir, f.Name), safeio.Describe(info.Mode()), safeio.ErrNotRegular)
		}
	}
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
	if err := commit(dir, files, temps); err != nil {
		cleanup()
		return err
	}
	return nil
}

// commit moves the temporary files temps into place as files, all or none.
func commit(dir string, files []File, temps []string) error {
	backups := make([]string, len(files)) // "" where no old file was
	restore := func(renamed int) {
		for i := range renamed {
			os.Remove(filepath.Join(dir, files[i].Name))
		}
		for i, b := range backups {
			if b != "" {
				os.Rename(b, filepath.Join(dir, files[i].Name))
			}
		}
	}
	for i, f := range files {
		target := filepath.Join(dir, f.Name)
		if _, err := os.Lstat(target); err != nil {
			continue
		}
		b, err := backupName(dir, f.Name)
		if err == nil {
			if err = os.Rename(target, b); err != nil {
				os.Remove(b)
			}
		}
		if err != nil {
			restore(0)
			return fmt.Errorf("%s: %w", target, unwrapPath(err))
		}
		backups[i] = b
	}
	for i, f := range files {
		if err := os.Rename(temps[i], filepath.Join(dir, f.Name)); err != nil {
			restore(i)
			return fmt.Errorf("%s: %w", filepath.Join(dir, f.Name), unwrapPath(err))
		}
	}
	for _, b := range backups {
		if b != "" {
			os.Remove(b)
		}
	}
	return nil
}

// backupName reserves a fresh name next to dir/name for its old content.
func backupName(dir, name string) (string, error) {
	f, err := os.CreateTemp(dir, "."+name+".old*")
	if err != nil {
		return "", err
	}
	f.Close()
	return f.Name(), nil
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
