package main

import "fmt"

func main() {
	stock := map[string]int{"apple": 3}
	stock["pear"] = "five"
	fmt.Println(stock)
}
