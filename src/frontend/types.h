// types.h — Go types, named after cmd/compile/internal/types.
//
// One Type object per distinct type. A defined (named) type is its own Type
// object whose kind and structure (elem, fields, ...) are copied from its
// underlying type, with `sym` set and `underlying` pointing at the unnamed
// type; backends switch on `kind` without caring whether a type is named.
//
// The same Type object is the runtime type descriptor (Go's _type): the VM's
// interfaces hold Type*, fmt and reflection walk it, maps take hash/equal
// from it, and the GC reads its pointer map. Sizes and alignments are Go's
// on amd64, so unsafe.Sizeof answers what gc answers.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/ast.h"

namespace minigo {

enum Kind : uint8_t {
  TXXX,
  TBOOL,
  TINT, TINT8, TINT16, TINT32, TINT64,
  TUINT, TUINT8, TUINT16, TUINT32, TUINT64, TUINTPTR,
  TFLOAT32, TFLOAT64, TCOMPLEX64, TCOMPLEX128,
  TSTRING, TUNSAFEPTR,
  TPTR, TARRAY, TSLICE, TSTRUCT, TFUNC, TINTER, TMAP, TCHAN,
  // untyped constant kinds (never reach codegen)
  TIDEAL_BOOL, TIDEAL_INT, TIDEAL_RUNE, TIDEAL_FLOAT, TIDEAL_COMPLEX, TIDEAL_STRING,
  TNIL,     // type of the untyped nil
  TTUPLE,   // results of a multi-value call (fields hold the results)
  TFORW,    // defined type whose underlying type is not yet resolved
  NKINDS
};

struct Field {
  std::string name;      // empty for blank params/results; embedded: type name
  Type* type = nullptr;
  int64_t offset = 0;    // byte offset in the struct
  bool embedded = false;
  bool exported() const;
  std::string tag;
};

// A method of a defined type, or of an interface.
struct Method {
  std::string name;
  Type* type = nullptr;   // signature without the receiver (TFUNC)
  Func* fn = nullptr;     // concrete methods: the implementation
  bool ptrRecv = false;   // declared with a pointer receiver
  Pos pos;
};

struct Type {
  Kind kind = TXXX;
  // Defined types: the type name. Builtin named types (int, string, error) too.
  std::string sym;          // "T" for main.T, "int", "error"
  std::string pkg;          // "main" for main.T, "" for predeclared
  Type* underlying = this;  // defined type: the unnamed underlying type
  Type* elem = nullptr;     // PTR, ARRAY, SLICE, MAP (value), CHAN
  Type* key = nullptr;      // MAP
  int64_t len = 0;          // ARRAY
  ChanDir chanDir = CDBoth; // CHAN
  std::vector<Field> fields;   // STRUCT fields; TUPLE entries
  std::vector<Field> params;   // FUNC parameters (receiver not included)
  std::vector<Field> results;  // FUNC results
  Type* recv = nullptr;        // FUNC: receiver type for method signatures
  bool variadic = false;       // FUNC: last param is ...T (its type is []T)
  std::vector<Method> methods;     // defined types: declared methods (sorted by name at the end of typecheck);
                                   // INTER: the full method set, sorted by name
  std::vector<Type*> embeddeds;    // INTER: embedded interfaces as written
  int64_t size = -1;        // bytes, Go amd64 rules; -1 until computed
  int64_t align = 1;
  uint32_t hash = 0;        // type hash (itab cache, type switches)
  bool comparable = true;
  bool hasPointers = false; // GC: the type contains pointers
  void* rt = nullptr;       // runtime-private data (ptrmask, itabs, equal/hash fns)

  bool isNamed() const { return !sym.empty(); }
  bool isInteger() const { return (kind >= TINT && kind <= TUINTPTR) || kind == TIDEAL_INT || kind == TIDEAL_RUNE; }
  bool isUnsigned() const { return kind >= TUINT && kind <= TUINTPTR; }
  bool isFloat() const { return kind == TFLOAT32 || kind == TFLOAT64 || kind == TIDEAL_FLOAT; }
  bool isComplex() const { return kind == TCOMPLEX64 || kind == TCOMPLEX128 || kind == TIDEAL_COMPLEX; }
  bool isNumeric() const { return isInteger() || isFloat() || isComplex(); }
  bool isString() const { return kind == TSTRING || kind == TIDEAL_STRING; }
  bool isBoolean() const { return kind == TBOOL || kind == TIDEAL_BOOL; }
  bool isUntyped() const { return (kind >= TIDEAL_BOOL && kind <= TIDEAL_STRING) || kind == TNIL; }
  bool isInterface() const { return kind == TINTER; }
  bool isEmptyInterface() const { return kind == TINTER && methods.empty(); }
  // Pointer-shaped: stored directly in an interface's data word (Go's isdirectiface).
  bool isDirectIface() const;
};

// Predeclared types (filled in by initUniverse()).
namespace types {
extern Type* Bool;
extern Type* Int; extern Type* Int8; extern Type* Int16; extern Type* Int32; extern Type* Int64;
extern Type* Uint; extern Type* Uint8; extern Type* Uint16; extern Type* Uint32; extern Type* Uint64;
extern Type* Uintptr;
extern Type* Float32; extern Type* Float64; extern Type* Complex64; extern Type* Complex128;
extern Type* String; extern Type* UnsafePointer;
extern Type* Byte;   // alias of Uint8 (same object)
extern Type* Rune;   // alias of Int32 (same object)
extern Type* Error;  // the predeclared interface type error
extern Type* Any;    // interface{}
extern Type* UntypedBool; extern Type* UntypedInt; extern Type* UntypedRune;
extern Type* UntypedFloat; extern Type* UntypedComplex; extern Type* UntypedString;
extern Type* UntypedNil;
}  // namespace types

// Constructors. Unnamed composite types are interned: the same structure gives
// the same Type*, so identity of unnamed types is pointer equality.
Type* newPtr(Type* elem);
Type* newSlice(Type* elem);
Type* newArray(Type* elem, int64_t len);
Type* newMap(Type* key, Type* elem);
Type* newChan(Type* elem, ChanDir dir);
Type* newStruct(std::vector<Field> fields);
Type* newFunc(std::vector<Field> params, std::vector<Field> results, bool variadic, Type* recv = nullptr);
Type* newInterface(std::vector<Method> methods, std::vector<Type*> embeddeds);
Type* newTuple(std::vector<Field> entries);
Type* newNamed(const std::string& pkg, const std::string& sym);  // TFORW until setUnderlying
void setUnderlying(Type* named, Type* underlying);

bool identical(Type* a, Type* b);
void calcSize(Type* t);       // size, align, offsets of struct fields, hasPointers
// Type as Go prints it: %T / %v of reflect.Type ("main.T", "[]int", "map[string]int",
// "func(int) string", "struct { X int }", "interface {}", "*main.T").
std::string typeString(Type* t);
// Type as gc writes it in compile errors (same as typeString but unqualified
// for package main where gc omits it, and "untyped int" for ideal kinds).
std::string typeStringForError(Type* t);

}  // namespace minigo
