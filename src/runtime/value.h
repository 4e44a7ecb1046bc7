// value.h — how Go values are laid out in memory (Go's amd64 layout).
//
// Frames, globals and heap objects all hold values in exactly these layouts,
// so a value is copied between them with a plain memcpy of Type::size bytes.
#pragma once

#include <cstdint>

namespace minigo {
struct Type;
struct Func;
}

namespace minigo::rt {

// string: 16 bytes (Go's stringStruct).
struct GoString {
  const uint8_t* ptr;
  int64_t len;
};

// slice: 24 bytes (Go's slice).
struct GoSlice {
  void* ptr;
  int64_t len;
  int64_t cap;
};

// interface{} : 16 bytes (Go's eface). data points at the value, or is the
// value itself when the type is pointer-shaped (Type::isDirectIface).
struct Eface {
  Type* type;
  void* data;
};

// Go's itab: the method table of one (interface type, concrete type) pair.
// fun has one entry per interface method, in the interface's sorted method order.
struct Itab {
  Type* inter;
  Type* type;
  uint32_t hash;  // copy of type->hash, for type switches
  Func* fun[1];   // variable length
};

// non-empty interface: 16 bytes (Go's iface).
struct Iface {
  Itab* tab;
  void* data;
};

// A func value is 8 bytes: a pointer to a funcval, whose first word is the
// function and whose remaining words are the captured variables (closures).
struct FuncVal {
  Func* fn;
  // captured variables follow
};

}  // namespace minigo::rt
