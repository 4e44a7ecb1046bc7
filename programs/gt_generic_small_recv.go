package main

import "fmt"

// Value methods of small scalar types called through an interface (and from
// generic code): the receiver is widened with the right sign.

type Valuer interface{ Value() int64 }

type i8 int8
type u16 uint16
type i32 int32
type u32 uint32
type flag bool
type f32 float32

func (x i8) Value() int64  { return int64(x) }
func (x u16) Value() int64 { return int64(x) }
func (x i32) Value() int64 { return int64(x) }
func (x u32) Value() int64 { return int64(x) }
func (x flag) Value() int64 {
	if x {
		return 1
	}
	return 0
}
func (x f32) Value() int64 { return int64(x * 2) }

func sum[T Valuer](xs ...T) int64 {
	var s int64
	for _, x := range xs {
		s += x.Value()
	}
	return s
}

func kind(v Valuer) string {
	switch x := v.(type) {
	case i8:
		return fmt.Sprint("i8 ", x.Value())
	default:
		return fmt.Sprint("other ", x.Value())
	}
}

func main() {
	vs := []Valuer{i8(-5), u16(65535), i32(-100000), u32(4000000000), flag(true), f32(-1.25)}
	for _, v := range vs {
		fmt.Println(v.Value(), kind(v))
	}
	fmt.Println(sum(i32(-1), i32(-2), i32(3)), sum[i8](-128, 127))
	var p *i32
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	var v Valuer = p
	fmt.Println(v.Value())
}
