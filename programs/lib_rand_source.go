package main

import (
	"fmt"
	"math/rand"
)

// A user-defined Source: Rand calls its methods.
type counter struct{ n int64 }

func (c *counter) Int63() int64   { c.n += 0x9E3779B97F4A7C1; return c.n & (1<<63 - 1) }
func (c *counter) Seed(seed int64) { c.n = seed }

func main() {
	for _, seed := range []int64{1, 2, 99, 123456789} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Intn(10), r.Intn(1000), r.Int63(), r.Uint32(), r.Uint64(), r.Int31n(77), r.Int63n(5))
		fmt.Println(r.Float64(), r.Float32(), r.Perm(7))
		a := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
		r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
		fmt.Println(a)
	}
	src := rand.NewSource(7)
	fmt.Println(src.Int63(), src.Int63())
	src.Seed(7)
	fmt.Println(src.Int63())
	if s64, ok := src.(rand.Source64); ok {
		fmt.Println("Source64", s64.Uint64())
	}
	r := rand.New(src)
	r.Seed(8)
	fmt.Println(r.Intn(100), r.Int())
	fmt.Printf("%T %T\n", r, src)

	c := rand.New(&counter{})
	fmt.Println(c.Int63(), c.Uint64(), c.Intn(10), c.Float64(), c.Perm(5))
	c.Seed(3)
	fmt.Println(c.Int31(), c.Int())

	defer func() { fmt.Println("recovered:", recover()) }()
	r.Intn(0)
}
