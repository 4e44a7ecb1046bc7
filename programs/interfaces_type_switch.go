package main

import "fmt"

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return fmt.Sprintf("ID(%d)", int(i)) }

func kind(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x+1)
	case string:
		return "string " + x
	case bool, float64:
		return fmt.Sprintf("bool or float64 %v", x)
	case Stringer:
		return "Stringer " + x.String()
	case []int:
		return fmt.Sprint("slice of ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(kind(nil))
	fmt.Println(kind(1))
	fmt.Println(kind("s"))
	fmt.Println(kind(true))
	fmt.Println(kind(2.5))
	fmt.Println(kind(ID(7)))
	fmt.Println(kind([]int{1, 2}))
	fmt.Println(kind(int8(3)))
	fmt.Println(ID(9))
}
