package main

import (
	"fmt"
	"reflect"
	"strings"
)

type User struct {
	Name  string `json:"name" db:"user_name"`
	Age   int    `json:"age,omitempty"`
	email string
	Tags  []string
	Inner
}

type Inner struct{ X, Y float64 }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) }

type Shape interface{ Area() float64 }

func main() {
	u := User{"Ann", 30, "a@b", []string{"x"}, Inner{1, 2}}
	t := reflect.TypeOf(u)
	fmt.Println(t, t.Name(), t.Kind(), t.NumField(), t.PkgPath())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%d %s %v %q json=%q db=%q anon=%v\n", i, f.Name, f.Type, f.Tag, f.Tag.Get("json"), f.Tag.Get("db"), f.Anonymous)
	}
	v, ok := t.Field(0).Tag.Lookup("xml")
	fmt.Printf("%q %v\n", v, ok)
	for _, x := range []interface{}{1, "s", 2.5, []int{1}, map[string]int{}, &u, u, Celsius(3), true, nil, [2]int{}, make(chan int), func() {}, int8(1), uint(3)} {
		if x == nil {
			fmt.Println(reflect.TypeOf(x))
			continue
		}
		tt := reflect.TypeOf(x)
		fmt.Println(tt, tt.Kind(), tt.Name(), tt.Kind() == reflect.Ptr)
	}
	fmt.Println(reflect.TypeOf(&u).Elem().Name(), reflect.TypeOf(map[string]bool{}).Key(), reflect.TypeOf([3]int{}).Len())
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf("a"), reflect.TypeOf([]int{}) == reflect.TypeOf([]int(nil)))
	fmt.Printf("%v %T\n", reflect.TypeOf(u), reflect.TypeOf(u))
	fmt.Println(reflect.Int, reflect.Slice, reflect.Kind(100), reflect.Struct.String())

	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{1}, []int{2}), reflect.DeepEqual(map[string][]int{"a": {1}}, map[string][]int{"a": {1}}))
	fmt.Println(reflect.DeepEqual(nil, nil), reflect.DeepEqual([]int(nil), []int{}), reflect.DeepEqual(u, u), reflect.DeepEqual(1, int64(1)))
	type node struct {
		v    int
		next *node
	}
	a := &node{1, nil}
	a.next = a
	b := &node{1, nil}
	b.next = b
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(&node{1, nil}, &node{2, nil}))
	var s1, s2 Shape
	fmt.Println(reflect.DeepEqual(s1, s2), reflect.DeepEqual(map[int]int{}, map[int]int(nil)))

	rv := reflect.ValueOf(u)
	fmt.Println(rv.Kind(), rv.NumField(), rv.Field(0), rv.Field(1).Int(), rv.Field(0).String(), rv.Field(1).String())
	fmt.Println(rv.Field(3).Len(), rv.Field(3).Index(0), rv.Field(4).Field(1).Float(), rv.Type())
	pv := reflect.ValueOf(&u)
	fmt.Println(pv.Kind(), pv.Elem().Field(0).Interface(), pv.IsNil(), pv.Elem().Kind())
	fmt.Println(reflect.ValueOf(Celsius(4)), reflect.ValueOf(nil).IsValid(), reflect.ValueOf(0).IsZero(), reflect.ValueOf("x").IsZero())
	fmt.Println(reflect.ValueOf(nil))
	var sb strings.Builder
	sb.WriteString("hi")
	fmt.Println(&sb)
	var st fmt.Stringer = &sb
	fmt.Println(st.String(), st)
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(reflect.ValueOf("str").Int())
}
