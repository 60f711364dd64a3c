//go:build unix

package corpus

import (
	"fmt"
	"os"
	"syscall"
)

// lockDir takes an exclusive lock on the file at name, waiting for another
// writer to finish, and returns the function that releases it. The lock
// goes with the process: a crash releases it.
func lockDir(name string) (unlock func(), err error) {
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", name, err)
	}
	return func() { f.Close() }, nil
}
