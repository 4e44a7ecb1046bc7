package main

import (
	"errors"
	"fmt"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f degrees", float64(t)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("error code %d", e.Code) }

func work(n int) error {
	if n < 0 {
		return &MyErr{n}
	}
	if n == 0 {
		return errors.New("zero")
	}
	return nil
}

func main() {
	fmt.Println(Temp(21.5))
	fmt.Printf("%v %s %d\n", Temp(3), Temp(4), 5)
	for _, n := range []int{1, 0, -3} {
		err := work(n)
		fmt.Println(n, err, err == nil)
	}
	err := fmt.Errorf("wrapped: %w", work(-1))
	fmt.Println(err)
	var me *MyErr
	fmt.Println(errors.As(err, &me), me.Code)
}
