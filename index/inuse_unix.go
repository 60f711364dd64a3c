//go:build unix

package index

import (
	"os"
	"path/filepath"
	"syscall"
)

// inUse reports whether another process has the index in dir open: its
// store holds a lock on root.bolt for as long as it is open, shared for
// readers and exclusive for a writer.
func inUse(dir string) bool {
	f, err := os.Open(filepath.Join(dir, "store", "root.bolt"))
	if err != nil {
		return false // no store: a broken or half-built index, which nobody can have open
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return true
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}
