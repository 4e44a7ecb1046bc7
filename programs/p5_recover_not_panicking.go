package main

import "fmt"

func noPanic() {
	defer func() {
		r := recover()
		fmt.Println("deferred, recover =", r, r == nil)
	}()
	fmt.Println("body")
}

func direct() {
	fmt.Println("direct recover:", recover())
}

func afterRecovered() {
	defer func() {
		fmt.Println("second recover:", recover())
	}()
	defer func() {
		fmt.Println("first recover:", recover())
	}()
	panic("once")
}

func deferRecoverHelper() {
	defer func() {
		func() {
			fmt.Println("nested literal recover:", recover())
		}()
		fmt.Println("direct:", recover())
	}()
	panic("p")
}

func main() {
	noPanic()
	direct()
	afterRecovered()
	deferRecoverHelper()
	fmt.Println("main done")
}
