// constant_literr.go — malformed literals and constant-operation errors; gc output in constant_literr.txt
// (regenerate: go build -gcflags=-e constant_literr.go > constant_literr.txt 2>&1).
package main

const A = 1 << 10000
const B = 1 << 1100
const C = 1 / 0
const D = 1.0 / 0
const E = 1 % 0
const F = 0x_1
const G = 1__2
const H = 08
const I = 0b2
const J = 1e
const K = 0x1.0
const L = 0o
const M = 1_
const N = 'ab'
const O = ''
const P = "\z"
const Q = 1 << -1
const R = 1e1000000
const S = B * B * B
const T = 0x
const U = '\400'
const V = "\uD800"
const W = 09.5
const X = 0_9
const Y = 0x1p
const Z = 1.5 << 2
func main() {}
