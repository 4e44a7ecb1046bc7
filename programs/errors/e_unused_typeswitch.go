package main

import "fmt"

func describe(v interface{}) string {
	switch x := v.(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "other"
}

func main() {
	fmt.Println(describe(1), describe("a"), describe(2.5))
}
