package main

import (
	"errors"
	"fmt"
	"strconv"
)

type Celsius float64
type Named interface{ Name() string }
type Dog struct{ n string }

func (d Dog) Name() string { return "dog:" + d.n }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case float64:
		return "float " + strconv.FormatFloat(x, 'f', 2, 64)
	case Celsius:
		return fmt.Sprintf("temp %.1f", float64(x))
	case string:
		return "string of len " + strconv.Itoa(len(x))
	case []int:
		return fmt.Sprint("ints ", len(x), x)
	case map[string]int:
		return fmt.Sprint("map ", len(x))
	case error:
		return "error " + x.Error()
	case Named:
		return "named " + x.Name()
	case func() int:
		return fmt.Sprint("func returning ", x())
	case *int:
		return fmt.Sprint("ptr to ", *x)
	case struct{ A int }:
		return fmt.Sprint("anon ", x.A)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	n := 42
	vals := []interface{}{
		nil, 1, int64(2), 3.5, Celsius(36.6), "hello", []int{1, 2},
		map[string]int{"a": 1}, errors.New("boom"), &MyErr{404}, Dog{"rex"},
		func() int { return 7 }, &n, struct{ A int }{5}, uint8(3), [2]bool{},
	}
	for _, v := range vals {
		fmt.Println(kind(v))
	}

	var e error = &MyErr{500}
	switch t := e.(type) {
	case *MyErr:
		fmt.Println("MyErr", t.Code)
	}
	var me *MyErr
	if errors.As(e, &me) {
		fmt.Println("as", me.Code)
	}

	// type switch without binding
	for _, v := range []interface{}{1, "a", 2.0} {
		switch v.(type) {
		case int, float64:
			fmt.Print("num ")
		default:
			fmt.Print("str ")
		}
	}
	fmt.Println()

	// assertions
	var i interface{} = "text"
	s, ok := i.(string)
	fmt.Println(s, ok)
	k, ok := i.(int)
	fmt.Println(k, ok)
	_, ok = i.(fmt.Stringer)
	fmt.Println(ok)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_ = i.(int)
}
