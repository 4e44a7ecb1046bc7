package main

import "fmt"

type Account struct {
	Balance int
}

func main() {
	accounts := map[string]Account{"bob": {Balance: 10}}
	accounts["bob"].Balance = 20
	fmt.Println(accounts["bob"].Balance)
}
