// constant_round.go — regenerates constant_round.txt:  go run constant_round.go > constant_round.txt
// Each line: literal, float64 bits, float32 bits of the constant conversion (correctly rounded by gc).
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Printf("%s %016x %08x\n", "0.1", math.Float64bits(0.1), math.Float32bits(0.1))
	fmt.Printf("%s %016x %08x\n", "0.2", math.Float64bits(0.2), math.Float32bits(0.2))
	fmt.Printf("%s %016x %08x\n", "0.3", math.Float64bits(0.3), math.Float32bits(0.3))
	fmt.Printf("%s %016x %08x\n", "1e23", math.Float64bits(1e23), math.Float32bits(1e23))
	fmt.Printf("%s %016x %08x\n", "1e-320", math.Float64bits(1e-320), math.Float32bits(1e-320))
	fmt.Printf("%s %016x %08x\n", "4.9406564584124654e-324", math.Float64bits(4.9406564584124654e-324), math.Float32bits(4.9406564584124654e-324))
	fmt.Printf("%s %016x %08x\n", "2.4703282292062327e-324", math.Float64bits(2.4703282292062327e-324), math.Float32bits(2.4703282292062327e-324))
	fmt.Printf("%s %016x %08x\n", "2.4703282292062328e-324", math.Float64bits(2.4703282292062328e-324), math.Float32bits(2.4703282292062328e-324))
	fmt.Printf("%s %016x -\n", "1.7976931348623157e308", math.Float64bits(1.7976931348623157e308))
	fmt.Printf("%s %016x -\n", "1.7976931348623158e308", math.Float64bits(1.7976931348623158e308))
	fmt.Printf("%s %016x %08x\n", "0x1p-1074", math.Float64bits(0x1p-1074), math.Float32bits(0x1p-1074))
	fmt.Printf("%s %016x -\n", "0x1.fffffffffffffp1023", math.Float64bits(0x1.fffffffffffffp1023))
	fmt.Printf("%s %016x %08x\n", "0x1.0000000000001p0", math.Float64bits(0x1.0000000000001p0), math.Float32bits(0x1.0000000000001p0))
	fmt.Printf("%s %016x %08x\n", "0x1.00000000000008p0", math.Float64bits(0x1.00000000000008p0), math.Float32bits(0x1.00000000000008p0))
	fmt.Printf("%s %016x %08x\n", "0x1.00000000000018p0", math.Float64bits(0x1.00000000000018p0), math.Float32bits(0x1.00000000000018p0))
	fmt.Printf("%s %016x %08x\n", "3.4028234663852886e38", math.Float64bits(3.4028234663852886e38), math.Float32bits(3.4028234663852886e38))
	fmt.Printf("%s %016x %08x\n", "1.401298464324817e-45", math.Float64bits(1.401298464324817e-45), math.Float32bits(1.401298464324817e-45))
	fmt.Printf("%s %016x %08x\n", "7e-46", math.Float64bits(7e-46), math.Float32bits(7e-46))
	fmt.Printf("%s %016x %08x\n", "0.7e-45", math.Float64bits(0.7e-45), math.Float32bits(0.7e-45))
	fmt.Printf("%s %016x %08x\n", "123456789012345678901234567890", math.Float64bits(123456789012345678901234567890), math.Float32bits(123456789012345678901234567890))
	fmt.Printf("%s %016x %08x\n", "9007199254740993", math.Float64bits(9007199254740993), math.Float32bits(9007199254740993))
	fmt.Printf("%s %016x %08x\n", "9007199254740995", math.Float64bits(9007199254740995), math.Float32bits(9007199254740995))
	fmt.Printf("%s %016x %08x\n", "16777217", math.Float64bits(16777217), math.Float32bits(16777217))
	fmt.Printf("%s %016x %08x\n", "16777219", math.Float64bits(16777219), math.Float32bits(16777219))
	fmt.Printf("%s %016x %08x\n", "1e-7", math.Float64bits(1e-7), math.Float32bits(1e-7))
	fmt.Printf("%s %016x %08x\n", "0.000001", math.Float64bits(0.000001), math.Float32bits(0.000001))
	fmt.Printf("%s %016x %08x\n", "3.14159265358979323846264338327950288419716939937510582097494459", math.Float64bits(3.14159265358979323846264338327950288419716939937510582097494459), math.Float32bits(3.14159265358979323846264338327950288419716939937510582097494459))
	fmt.Printf("%s %016x %08x\n", "2.718281828459045235360287471352662497757247093699959574966", math.Float64bits(2.718281828459045235360287471352662497757247093699959574966), math.Float32bits(2.718281828459045235360287471352662497757247093699959574966))
	fmt.Printf("%s %016x %08x\n", "1_000.000_1", math.Float64bits(1_000.000_1), math.Float32bits(1_000.000_1))
	fmt.Printf("%s %016x %08x\n", "0x_1p4", math.Float64bits(0x_1p4), math.Float32bits(0x_1p4))
	fmt.Printf("%s %016x %08x\n", "0X1P-2", math.Float64bits(0X1P-2), math.Float32bits(0X1P-2))
	fmt.Printf("%s %016x %08x\n", "1E10", math.Float64bits(1E10), math.Float32bits(1E10))
	fmt.Printf("%s %016x %08x\n", ".5", math.Float64bits(.5), math.Float32bits(.5))
	fmt.Printf("%s %016x %08x\n", "5.", math.Float64bits(5.), math.Float32bits(5.))
	fmt.Printf("%s %016x %08x\n", "0e0", math.Float64bits(0e0), math.Float32bits(0e0))
	fmt.Printf("%s %016x %08x\n", "00123.5", math.Float64bits(00123.5), math.Float32bits(00123.5))
	fmt.Printf("%s %016x %08x\n", "0123e2", math.Float64bits(0123e2), math.Float32bits(0123e2))
	fmt.Printf("%s %016x %08x\n", "1.00000005960464477550", math.Float64bits(1.00000005960464477550), math.Float32bits(1.00000005960464477550))
	fmt.Printf("%s %016x %08x\n", "1.0000000596046447755", math.Float64bits(1.0000000596046447755), math.Float32bits(1.0000000596046447755))
	fmt.Printf("%s %016x %08x\n", "1.00000017881393432617187499", math.Float64bits(1.00000017881393432617187499), math.Float32bits(1.00000017881393432617187499))
}
