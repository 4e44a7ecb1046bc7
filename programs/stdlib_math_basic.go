package main

import (
	"fmt"
	"math"
	"math/bits"
)

func main() {
	fmt.Println(math.Pi, math.E, math.Sqrt2)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint8, math.MaxInt16, math.MaxUint16)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32)
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(0, -1))
	fmt.Println(math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Round(2.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(1, 0))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Max(math.Inf(1), math.NaN()), math.Min(0, math.Copysign(0, -1)))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsInf(math.Inf(1), 0), math.IsInf(math.Inf(-1), 1), math.IsNaN(math.NaN()))
	fmt.Println(math.Log(math.E), math.Log2(8), math.Log10(1000), math.Exp(0), math.Log(0), math.Log(-1))
	fmt.Printf("%.6f %.6f %.6f %.6f %.6f\n", math.Sin(1), math.Cos(1), math.Tan(1), math.Atan(1), math.Atan2(1, -1))
	fmt.Println(math.Hypot(3, 4), math.Cbrt(27), math.Signbit(-0.0), math.Signbit(math.Copysign(0, -1)))
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1.5), math.Float32frombits(0x40490fdb))
	ip, fp := math.Modf(3.75)
	fmt.Println(ip, fp)
	fmt.Println(bits.OnesCount(255), bits.OnesCount64(1<<63|1), bits.LeadingZeros64(1), bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.TrailingZeros64(0))
	fmt.Println(bits.Len(255), bits.Len64(0), bits.Reverse8(1), bits.Reverse16(1), bits.ReverseBytes32(0x01020304), bits.RotateLeft8(0x81, 1), bits.RotateLeft32(1, -1))
	fmt.Println(bits.UintSize, bits.Len8(3), bits.Reverse64(1) == 1<<63)
	var x float64 = 10
	fmt.Printf("%.4f %.4f\n", math.Sqrt(x), math.Pow(x, 1.5))
}
