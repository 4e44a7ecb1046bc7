package main

import "fmt"

const KB = 1024
const TB = KB * KB * KB * KB

func main() {
	var small int32 = TB
	fmt.Println(small)
}
