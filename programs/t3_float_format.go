package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.0 / 3, 100, 1e6, 1e20, 1e21, 1.5e-5, 1e-4, 123456789.0, 1234567890123.0, 3.0e100, 5e-324, math.MaxFloat64, math.Pi, math.E}
	for _, v := range vals {
		fmt.Println(v, float32(v))
	}
	for _, v := range vals[:8] {
		fmt.Printf("%v|%g|%f|%.2f|%e|%G|%8.3g|\n", v, v, v, v, v, v, v)
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), -0.0, math.Copysign(0, -1))
	fmt.Printf("%f %v %5.1f %+v\n", math.Inf(1), math.NaN(), math.Inf(-1), math.NaN())
	for _, fm := range []byte{'f', 'e', 'g', 'E', 'G', 'b'} {
		fmt.Println(strconv.FormatFloat(1234.5678, fm, -1, 64), strconv.FormatFloat(1234.5678, fm, 3, 64))
	}
	fmt.Println(strconv.FormatFloat(0.000001234, 'g', -1, 32), strconv.FormatFloat(1e21, 'f', -1, 64))
	p, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(p, err)
	_, err = strconv.ParseFloat("abc", 64)
	fmt.Println(err)
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(-2.5), math.Round(2.5), math.Trunc(-2.7))
	fmt.Println(math.Abs(-3), math.Max(3, 7), math.Min(3, 7), math.Pow(2, 10), math.Mod(7, 3))
	fmt.Println(math.Hypot(3, 4), math.Log(math.E), math.Log2(8), math.Log10(1000))
	fmt.Println(0.1+0.2, 0.1+0.2 == 0.3, float32(0.1)+float32(0.2) == float32(0.3))
	var f32 float32 = 16777216
	fmt.Println(f32+1, f32*2, float32(1)/3)
	x := 1.0
	for i := 0; i < 5; i++ {
		x /= 7
	}
	fmt.Println(x, x*1e10)
	fmt.Printf("%.10f %.0e %10.2e|\n", x, x, x)
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(1/math.Inf(1), 0), math.Signbit(math.Copysign(0, -1)))
	nan := math.NaN()
	fmt.Println(nan == nan, nan < 1, nan > 1)
	fmt.Println(float64(7)/2, 7/2, float64(int64(1)<<53+1))
	fmt.Printf("%6.2f|%-8.3f|%08.2f|%+.3e\n", -1.005, 2.0, -3.14159, 123456.0)
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(-0.05, 'f', 1, 64))
}
