package main

import (
	"errors"
	"fmt"
)

func withCleanup() (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("cleanup after: %v", err)
		}
	}()
	return errors.New("open failed")
}

func counter() (n int) {
	for i := 0; i < 3; i++ {
		defer func() { n += 10 }()
	}
	return 1
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func use() {
	a := &resource{"a"}
	defer a.Close()
	b := &resource{"b"}
	defer b.Close()
	fmt.Println("using", a.name, b.name)
}

func main() {
	fmt.Println(withCleanup())
	fmt.Println(counter())
	use()
}
