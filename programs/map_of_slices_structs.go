package main

import (
	"fmt"
	"sort"
)

type Employee struct {
	Name string
	Dept string
	Pay  int
}

func main() {
	staff := []Employee{
		{"ann", "eng", 120}, {"bob", "ops", 90}, {"cid", "eng", 110}, {"dee", "ops", 95}, {"eve", "hr", 70},
	}
	byDept := map[string][]Employee{}
	payroll := map[string]int{}
	for _, e := range staff {
		byDept[e.Dept] = append(byDept[e.Dept], e)
		payroll[e.Dept] += e.Pay
	}
	depts := make([]string, 0)
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)
	for _, d := range depts {
		fmt.Println(d, len(byDept[d]), payroll[d], byDept[d][0].Name)
	}
	sort.Slice(staff, func(i, j int) bool { return staff[i].Pay > staff[j].Pay })
	fmt.Println(staff[0], staff[len(staff)-1])
	fmt.Println(map[string]int{"b": 2, "a": 1, "c": 3})
}
