package main

import (
	"fmt"
	"sort"
	"strings"
)

type Category int

const (
	Food Category = iota + 1
	Tool
	Toy
)

var catNames = map[Category]string{Food: "food", Tool: "tool", Toy: "toy"}

func (c Category) String() string {
	if n, ok := catNames[c]; ok {
		return n
	}
	return "cat?" + fmt.Sprint(int(c))
}

type Item struct {
	SKU   string
	Name  string
	Cat   Category
	Price float64
	Qty   int
}

type Inventory struct {
	items map[string]*Item
	byCat map[Category][]string
}

func NewInventory() *Inventory {
	return &Inventory{items: map[string]*Item{}, byCat: map[Category][]string{}}
}

func (inv *Inventory) Add(it Item) {
	if old, ok := inv.items[it.SKU]; ok {
		old.Qty += it.Qty
		return
	}
	cp := it
	inv.items[it.SKU] = &cp
	inv.byCat[it.Cat] = append(inv.byCat[it.Cat], it.SKU)
}

func (inv *Inventory) Value() (total float64, per map[Category]float64) {
	per = map[Category]float64{}
	for _, it := range inv.items {
		v := it.Price * float64(it.Qty)
		total += v
		per[it.Cat] += v
	}
	return
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"A1", "apple", Food, 0.5, 100})
	inv.Add(Item{"H1", "hammer", Tool, 12.99, 3})
	inv.Add(Item{"B1", "ball", Toy, 3.25, 10})
	inv.Add(Item{"A1", "apple", Food, 0.5, 20})
	inv.Add(Item{"S1", "saw", Tool, 24.5, 1})
	inv.Add(Item{"X1", "mystery", Category(9), 1, 1})

	skus := make([]string, 0)
	for k := range inv.items {
		skus = append(skus, k)
	}
	sort.Strings(skus)
	fmt.Printf("%-4s|%-8s|%-6s|%8s|%4s\n", "SKU", "NAME", "CAT", "PRICE", "QTY")
	fmt.Println(strings.Repeat("-", 34))
	for _, k := range skus {
		it := inv.items[k]
		fmt.Printf("%-4s|%-8s|%-6v|%8.2f|%4d\n", it.SKU, it.Name, it.Cat, it.Price, it.Qty)
	}
	total, per := inv.Value()
	fmt.Printf("total=%.2f\n", total)
	cats := []Category{}
	for c := range per {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return per[cats[i]] > per[cats[j]] })
	for _, c := range cats {
		fmt.Printf("  %-7s %7.2f %v\n", c.String()+":", per[c], inv.byCat[c])
	}
	fmt.Println(per)
	fmt.Printf("%v\n", *inv.items["B1"])
	fmt.Printf("%+v\n", *inv.items["H1"])
	lowStock := func(limit int) (out []string) {
		for _, k := range skus {
			if inv.items[k].Qty < limit {
				out = append(out, inv.items[k].Name)
			}
		}
		return
	}
	fmt.Println(lowStock(5), lowStock(0) == nil)
}
