// iface.h — interfaces at run time, after Go's runtime/iface.go: itabs
// (built once per (interface, concrete type) pair and kept in a hash table,
// Go's itabTable), conversions between interfaces and type assertions.
//
// An itab's fun[i] implements the interface's i-th method (sorted by name)
// for the concrete type: a method declared on the type, a value method
// reached through a pointer (the callee's interface entry dereferences), or
// a wrapper codegen generated for a method promoted through embedded fields
// (codegen adds those to Type::methods before the program runs).
#pragma once

#include <string>

#include "runtime/value.h"

namespace minigo::rt {

// The itab of (inter, t). When t lacks a method: nullptr if canfail, else
// nullptr with pendingError set to Go's TypeAssertionError
// ("interface conversion: T is not I: missing method M").
Itab* getitab(Type* inter, Type* t, bool canfail);

// The method of t (value or pointer method set, as t's kind allows)
// implementing interface method `name` with signature sig, or nullptr.
Func* findMethod(Type* t, const std::string& name, Type* sig);

// x.(I) for an interface type I, from an eface's dynamic type: the itab, or
// nullptr with pendingError set (nil: "interface conversion: interface is
// nil, not I"). `src` is the static interface type of x (for the message).
Itab* assertE2I(Type* inter, Type* t, Type* src);
// v, ok := x.(I): nullptr when t is nil or lacks a method.
Itab* assertE2I2(Type* inter, Type* t);

// Go's panicdottypeE: x.(T) failed for a concrete T; have is x's dynamic
// type (nullptr: nil), src x's static interface type. Sets pendingError.
void panicdottype(Type* have, Type* want, Type* src);

}  // namespace minigo::rt
