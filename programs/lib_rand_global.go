package main

import (
	"fmt"
	"math/rand"
)

// The top-level functions use Go 1.19's source seeded with 1: the same
// sequence on every run.
func main() {
	for i := 0; i < 20; i++ {
		fmt.Print(rand.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(rand.Int63(), rand.Int(), rand.Int31(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Int63n(1000000007), rand.Int31n(1000), rand.Int63n(1<<40), rand.Int31n(64))
	fmt.Println(rand.Intn(1<<40), rand.Intn(3), rand.Intn(1))
	for i := 0; i < 5; i++ {
		fmt.Println(rand.Float64(), rand.Float32())
	}
	fmt.Println(rand.Perm(10))
	fmt.Println(rand.Perm(0), len(rand.Perm(1)))
	s := []string{"a", "b", "c", "d", "e", "f", "g", "h"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	buf := make([]byte, 10)
	n, err := rand.Read(buf)
	fmt.Println(n, err, buf)
	n, err = rand.Read(buf[:3])
	fmt.Println(n, err, buf[:3])

	// Reseeding restarts the sequence.
	for _, seed := range []int64{0, 1, 42, -7, 1 << 40, 2147483647, -2147483648} {
		rand.Seed(seed)
		fmt.Println(seed, rand.Intn(1000), rand.Int63(), rand.Float64())
	}
	rand.Seed(1)
	for i := 0; i < 5; i++ {
		fmt.Print(rand.Intn(100), " ")
	}
	fmt.Println()

	// A long run: checksum of many values.
	rand.Seed(12345)
	var sum uint64
	for i := 0; i < 100000; i++ {
		sum = sum*31 + uint64(rand.Int63())
		sum ^= uint64(rand.Intn(1 + i))
	}
	fmt.Println(sum)
}
