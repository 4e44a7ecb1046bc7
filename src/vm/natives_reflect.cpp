// natives_reflect.cpp — package reflect over the runtime type descriptors
// (declarations in stdlib_reflect.cpp). A reflect.Type is a *reflect.rtype
// whose word is the (canonical) Type*; a reflect.Value is {typ, ptr} with ptr
// always pointing at the value's memory (never the value itself, unlike an
// eface's data word). Natives get params, then results, then the receiver.
#include <cstring>
#include <set>
#include <tuple>
#include <vector>

#include "frontend/stdlib_builder.h"
#include "runtime/gc.h"
#include "runtime/map.h"
#include "runtime/panic.h"
#include "vm/codegen.h"
#include "vm/natives_stdlib.h"

namespace minigo::vm::stdlib {

namespace {

using rt::Eface;
using rt::GoSlice;
using rt::GoString;
using rt::Iface;

struct Value {
  Type* typ;
  void* ptr;
};

GoSlice newInts(int64_t n);

// reflect.Kind of a type (reflect/type.go's order).
int64_t reflectKind(Type* t) {
  if (!t) return 0;
  switch (t->kind) {
    case TBOOL: return 1;
    case TINT: return 2;
    case TINT8: return 3;
    case TINT16: return 4;
    case TINT32: return 5;
    case TINT64: return 6;
    case TUINT: return 7;
    case TUINT8: return 8;
    case TUINT16: return 9;
    case TUINT32: return 10;
    case TUINT64: return 11;
    case TUINTPTR: return 12;
    case TFLOAT32: return 13;
    case TFLOAT64: return 14;
    case TCOMPLEX64: return 15;
    case TCOMPLEX128: return 16;
    case TARRAY: return 17;
    case TCHAN: return 18;
    case TFUNC: return 19;
    case TINTER: return 20;
    case TMAP: return 21;
    case TPTR: return 22;
    case TSLICE: return 23;
    case TSTRING: return 24;
    case TSTRUCT: return 25;
    case TUNSAFEPTR: return 26;
    default: return 0;
  }
}

const char* const kindNames[] = {"invalid", "bool",      "int",        "int8",   "int16", "int32",     "int64",
                                 "uint",    "uint8",     "uint16",     "uint32", "uint64", "uintptr",  "float32",
                                 "float64", "complex64", "complex128", "array",  "chan",  "func",      "interface",
                                 "map",     "ptr",       "slice",      "string", "struct", "unsafe.Pointer"};

std::string kindString(int64_t k) {
  if (k >= 0 && k < int64_t(sizeof kindNames / sizeof *kindNames)) return kindNames[k];
  return "kind" + std::to_string(k);
}

// One Type* per identical type, so that TypeOf(a) == TypeOf(b) as in Go.
Type* canonical(Type* t) {
  static std::vector<Type*> seen;
  for (Type* s : seen)
    if (s == t || identical(s, t)) return s;
  seen.push_back(t);
  return t;
}

Iface typeIface(Type* t) {
  if (!t) return Iface{nullptr, nullptr};
  static rt::Itab* tab = nullptr;
  if (!tab) {
    tab = cg::getitab(tc::stdlib::reflectType, tc::stdlib::reflectRtypePtr);
    for (size_t i = 0; i < tc::stdlib::reflectType->methods.size(); i++) methodProto(tab->fun[i]);
  }
  return Iface{tab, canonical(t)};
}

// The receiver of a *rtype method: the Type* word.
Type* rtypeAt(uint8_t* a, int64_t off) { return at<Type*>(a, off); }

// Go's ValueError text: "reflect: call of reflect.Value.Int on string Value".
void valueError(rt::G* g, const char* method, Type* t) {
  panicString(g, std::string("reflect: call of reflect.Value.") + method + " on " +
                     (t ? kindString(reflectKind(t)) + " Value" : std::string("zero Value")));
}

// The memory an eface's data word stands for.
void* efaceValuePtr(const Eface& e) {
  if (!e.type) return nullptr;
  if (e.type->isDirectIface()) {
    auto* p = static_cast<void**>(rt::mallocgc(sizeof(void*), rt::gcConservativeType(), true));
    *p = e.data;
    return p;
  }
  return e.data;
}

// The dynamic value of an interface held at p (iface or eface layout).
Value interfaceElem(Type* it, void* p) {
  Type* dyn = nullptr;
  void* data = nullptr;
  if (it->methods.empty()) {
    auto e = *static_cast<Eface*>(p);
    dyn = e.type;
    data = e.data;
  } else {
    auto i = *static_cast<Iface*>(p);
    dyn = i.tab ? i.tab->type : nullptr;
    data = i.data;
  }
  if (!dyn) return Value{nullptr, nullptr};
  return Value{dyn, efaceValuePtr(Eface{dyn, data})};
}

Eface valueInterface(const Value& v) {
  Type* t = v.typ;
  if (t->kind == TINTER) {
    Value e = interfaceElem(t, v.ptr);
    if (!e.typ) return Eface{nullptr, nullptr};
    return valueInterface(e);
  }
  if (t->isDirectIface()) return Eface{t, *static_cast<void**>(v.ptr)};
  // A copy: the Value may point into a variable that changes later.
  void* c = rt::mallocgc(size_t(t->size ? t->size : 1), t, true);
  std::memcpy(c, v.ptr, size_t(t->size));
  return Eface{t, c};
}

// ---- reflect.DeepEqual (reflect/deepequal.go)
struct Visit {
  const void* a;
  const void* b;
  Type* t;
  bool operator<(const Visit& o) const { return std::tie(a, b, t) < std::tie(o.a, o.b, o.t); }
};

bool deepValueEqual(Type* t, const void* a, const void* b, std::set<Visit>& visited);

bool deepIfaceEqual(Type* t, const void* a, const void* b, std::set<Visit>& visited) {
  Value x = interfaceElem(t, const_cast<void*>(a)), y = interfaceElem(t, const_cast<void*>(b));
  if (!x.typ || !y.typ) return x.typ == y.typ;
  if (x.typ != y.typ && !identical(x.typ, y.typ)) return false;
  return deepValueEqual(x.typ, x.ptr, y.ptr, visited);
}

bool deepValueEqual(Type* t, const void* a, const void* b, std::set<Visit>& visited) {
  switch (t->kind) {
    case TARRAY:
      for (int64_t i = 0; i < t->len; i++)
        if (!deepValueEqual(t->elem, static_cast<const uint8_t*>(a) + i * t->elem->size,
                            static_cast<const uint8_t*>(b) + i * t->elem->size, visited))
          return false;
      return true;
    case TSLICE: {
      auto x = *static_cast<const GoSlice*>(a), y = *static_cast<const GoSlice*>(b);
      if ((x.ptr == nullptr) != (y.ptr == nullptr) || x.len != y.len) return false;
      if (x.ptr == y.ptr) return true;
      if (!visited.insert(Visit{x.ptr, y.ptr, t}).second) return true;
      for (int64_t i = 0; i < x.len; i++)
        if (!deepValueEqual(t->elem, static_cast<const uint8_t*>(x.ptr) + i * t->elem->size,
                            static_cast<const uint8_t*>(y.ptr) + i * t->elem->size, visited))
          return false;
      return true;
    }
    case TINTER:
      return deepIfaceEqual(t, a, b, visited);
    case TPTR: {
      void* x = *static_cast<void* const*>(a);
      void* y = *static_cast<void* const*>(b);
      if (x == y) return true;
      if (!x || !y) return false;
      if (!visited.insert(Visit{x, y, t}).second) return true;
      return deepValueEqual(t->elem, x, y, visited);
    }
    case TSTRUCT:
      for (auto& f : t->fields)
        if (!deepValueEqual(f.type, static_cast<const uint8_t*>(a) + f.offset, static_cast<const uint8_t*>(b) + f.offset,
                            visited))
          return false;
      return true;
    case TMAP: {
      auto* x = *static_cast<rt::hmap* const*>(a);
      auto* y = *static_cast<rt::hmap* const*>(b);
      if ((x == nullptr) != (y == nullptr) || rt::maplen(x) != rt::maplen(y)) return false;
      if (x == y) return true;
      if (!visited.insert(Visit{x, y, t}).second) return true;
      const rt::MapType* mt = rt::maptypeOf(t);
      rt::hiter it{};
      for (rt::mapiterinit(mt, x, &it); it.key; rt::mapiternext(&it)) {
        bool ok = false;
        void* ye = rt::mapaccess2(mt, y, it.key, &ok);
        if (!ok || !deepValueEqual(t->elem, it.elem, ye, visited)) return false;
      }
      return true;
    }
    case TFUNC:
      return *static_cast<void* const*>(a) == nullptr && *static_cast<void* const*>(b) == nullptr;
    case TSTRING:
      return rt::toView(*static_cast<const GoString*>(a)) == rt::toView(*static_cast<const GoString*>(b));
    case TFLOAT32:
      return *static_cast<const float*>(a) == *static_cast<const float*>(b);
    case TFLOAT64:
      return *static_cast<const double*>(a) == *static_cast<const double*>(b);
    case TCOMPLEX64:
      return static_cast<const float*>(a)[0] == static_cast<const float*>(b)[0] &&
             static_cast<const float*>(a)[1] == static_cast<const float*>(b)[1];
    case TCOMPLEX128:
      return static_cast<const double*>(a)[0] == static_cast<const double*>(b)[0] &&
             static_cast<const double*>(a)[1] == static_cast<const double*>(b)[1];
    default:  // booleans, integers, channels, unsafe pointers
      return std::memcmp(a, b, size_t(t->size)) == 0;
  }
}

bool isZero(Type* t, const void* p) {
  switch (t->kind) {
    case TARRAY:
      for (int64_t i = 0; i < t->len; i++)
        if (!isZero(t->elem, static_cast<const uint8_t*>(p) + i * t->elem->size)) return false;
      return true;
    case TSTRUCT:
      for (auto& f : t->fields)
        if (!isZero(f.type, static_cast<const uint8_t*>(p) + f.offset)) return false;
      return true;
    case TSTRING: return static_cast<const GoString*>(p)->len == 0;
    case TSLICE: return static_cast<const GoSlice*>(p)->ptr == nullptr;
    case TINTER: return *static_cast<void* const*>(p) == nullptr;
    default: {
      auto* b = static_cast<const uint8_t*>(p);
      for (int64_t i = 0; i < t->size; i++)
        if (b[i]) return false;
      return true;
    }
  }
}

// ---- package functions
void reflect_TypeOf(rt::G*, uint8_t* a) { at<Iface>(a, 16) = typeIface(at<Eface>(a, 0).type); }
void reflect_ValueOf(rt::G*, uint8_t* a) {
  Eface e = at<Eface>(a, 0);
  at<Value>(a, 16) = Value{e.type, efaceValuePtr(e)};
}
void reflect_DeepEqual(rt::G*, uint8_t* a) {
  Eface x = at<Eface>(a, 0), y = at<Eface>(a, 16);
  bool eq;
  if (!x.type || !y.type) {
    eq = x.type == y.type;
  } else if (x.type != y.type && !identical(x.type, y.type)) {
    eq = false;
  } else {
    std::set<Visit> visited;
    eq = deepValueEqual(x.type, efaceValuePtr(x), efaceValuePtr(y), visited);
  }
  at<int64_t>(a, 32) = eq;
}

// ---- Kind and StructTag
void Kind_String(rt::G*, uint8_t* a) { at<GoString>(a, 0) = str(kindString(at<int64_t>(a, 16))); }

// StructTag.Lookup, as Go parses `key:"value" key2:"value2"`.
bool tagLookup(std::string_view tag, std::string_view key, std::string* value) {
  while (!tag.empty()) {
    size_t i = 0;
    while (i < tag.size() && tag[i] == ' ') i++;
    tag = tag.substr(i);
    if (tag.empty()) break;
    i = 0;
    while (i < tag.size() && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f) i++;
    if (i == 0 || i + 1 >= tag.size() || tag[i] != ':' || tag[i + 1] != '"') break;
    std::string_view name = tag.substr(0, i);
    tag = tag.substr(i + 1);
    i = 1;
    while (i < tag.size() && tag[i] != '"') {
      if (tag[i] == '\\') i++;
      i++;
    }
    if (i >= tag.size()) break;
    std::string_view qvalue = tag.substr(0, i + 1);
    tag = tag.substr(i + 1);
    if (name == key) {
      // Unquote the Go string literal (escapes as strconv.Unquote).
      std::string out;
      for (size_t k = 1; k + 1 < qvalue.size(); k++) {
        char c = qvalue[k];
        if (c == '\\' && k + 2 < qvalue.size()) {
          char n = qvalue[++k];
          switch (n) {
            case 'n': out += '\n'; break;
            case 't': out += '\t'; break;
            case '\\': out += '\\'; break;
            case '"': out += '"'; break;
            default: out += '\\', out += n;
          }
        } else {
          out += c;
        }
      }
      *value = out;
      return true;
    }
  }
  return false;
}
void StructTag_Get(rt::G*, uint8_t* a) {
  std::string v;
  tagLookup(view(at<GoString>(a, 32)), view(at<GoString>(a, 0)), &v);
  at<GoString>(a, 16) = str(v);
}
void StructTag_Lookup(rt::G*, uint8_t* a) {
  std::string v;
  bool ok = tagLookup(view(at<GoString>(a, 40)), view(at<GoString>(a, 0)), &v);
  at<GoString>(a, 16) = str(v);
  at<int64_t>(a, 32) = ok;
}

// ---- (*rtype) methods: reflect.Type
bool exported(const std::string& name) { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

void rtype_Name(rt::G*, uint8_t* a) {
  Type* t = rtypeAt(a, 16);
  at<GoString>(a, 0) = str(t->isNamed() ? t->sym : "");
}
void rtype_String(rt::G*, uint8_t* a) { at<GoString>(a, 0) = str(typeString(rtypeAt(a, 16))); }
void rtype_PkgPath(rt::G*, uint8_t* a) {
  Type* t = rtypeAt(a, 16);
  at<GoString>(a, 0) = str(t->isNamed() ? t->pkg : "");
}
void rtype_Kind(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = reflectKind(rtypeAt(a, 8)); }
void rtype_Size(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = rtypeAt(a, 8)->size; }
void rtype_Align(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = rtypeAt(a, 8)->align; }
void rtype_Comparable(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = rtypeAt(a, 8)->comparable; }
void rtype_Elem(rt::G* g, uint8_t* a) {
  Type* t = rtypeAt(a, 16);
  switch (t->kind) {
    case TPTR: case TSLICE: case TARRAY: case TMAP: case TCHAN:
      at<Iface>(a, 0) = typeIface(t->elem);
      return;
    default:
      panicString(g, "reflect: Elem of invalid type " + typeString(t));
  }
}
void rtype_Key(rt::G* g, uint8_t* a) {
  Type* t = rtypeAt(a, 16);
  if (t->kind != TMAP) return panicString(g, "reflect: Key of non-map type " + typeString(t));
  at<Iface>(a, 0) = typeIface(t->key);
}
void rtype_Len(rt::G* g, uint8_t* a) {
  Type* t = rtypeAt(a, 8);
  if (t->kind != TARRAY) return panicString(g, "reflect: Len of non-array type " + typeString(t));
  at<int64_t>(a, 0) = t->len;
}
void rtype_NumField(rt::G* g, uint8_t* a) {
  Type* t = rtypeAt(a, 8);
  if (t->kind != TSTRUCT) return panicString(g, "reflect: NumField of non-struct type " + typeString(t));
  at<int64_t>(a, 0) = int64_t(t->fields.size());
}
void rtype_NumMethod(rt::G*, uint8_t* a) {
  Type* t = rtypeAt(a, 8);
  int64_t n = 0;
  if (t->kind == TINTER) {
    n = int64_t(t->methods.size());
  } else {
    for (auto& m : t->methods)
      if (exported(m.name) && (!m.ptrRecv || t->kind == TPTR)) n++;
    if (t->kind == TPTR && !t->isNamed() && t->elem)
      for (auto& m : t->elem->methods)
        if (exported(m.name)) n++;
  }
  at<int64_t>(a, 0) = n;
}
int64_t structFieldSlot() { return (tc::stdlib::reflectStructField->size + 7) / 8 * 8; }
void rtype_Field(rt::G* g, uint8_t* a) {
  Type* t = rtypeAt(a, 8 + structFieldSlot());
  int64_t i = at<int64_t>(a, 0);
  if (t->kind != TSTRUCT) return panicString(g, "reflect: Field of non-struct type " + typeString(t));
  if (i < 0 || i >= int64_t(t->fields.size())) return panicString(g, "reflect: Field index out of bounds");
  const Field& f = t->fields[size_t(i)];
  Type* sf = tc::stdlib::reflectStructField;
  uint8_t* out = a + 8;
  std::memset(out, 0, size_t(sf->size));
  auto field = [&](const char* name) -> uint8_t* {
    for (auto& x : sf->fields)
      if (x.name == name) return out + x.offset;
    return out;
  };
  *reinterpret_cast<GoString*>(field("Name")) = str(f.name);
  *reinterpret_cast<GoString*>(field("PkgPath")) = str(exported(f.name) ? "" : "main");
  *reinterpret_cast<Iface*>(field("Type")) = typeIface(f.type);
  *reinterpret_cast<GoString*>(field("Tag")) = str(f.tag);
  *reinterpret_cast<int64_t*>(field("Offset")) = f.offset;
  GoSlice idx = newInts(1);
  static_cast<int64_t*>(idx.ptr)[0] = i;
  *reinterpret_cast<GoSlice*>(field("Index")) = idx;
  *reinterpret_cast<uint8_t*>(field("Anonymous")) = f.embedded;
}

// ---- Value methods (receiver: 16 bytes after the results)
Value& recvValue(uint8_t* a, int64_t off) { return at<Value>(a, off); }

GoSlice newInts(int64_t n) {
  void* p = rt::makeslice(types::Int, n, n);
  return GoSlice{p, n, n};
}

void Value_Kind(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = reflectKind(recvValue(a, 8).typ); }
void Value_Type(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 16);
  if (!v.typ) return valueError(g, "Type", nullptr);
  at<Iface>(a, 0) = typeIface(v.typ);
}
void Value_Int(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 8);
  if (!v.typ) return valueError(g, "Int", nullptr);
  switch (v.typ->kind) {
    case TINT: case TINT64: at<int64_t>(a, 0) = *static_cast<int64_t*>(v.ptr); return;
    case TINT32: at<int64_t>(a, 0) = *static_cast<int32_t*>(v.ptr); return;
    case TINT16: at<int64_t>(a, 0) = *static_cast<int16_t*>(v.ptr); return;
    case TINT8: at<int64_t>(a, 0) = *static_cast<int8_t*>(v.ptr); return;
    default: valueError(g, "Int", v.typ);
  }
}
void Value_Uint(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 8);
  if (!v.typ) return valueError(g, "Uint", nullptr);
  switch (v.typ->kind) {
    case TUINT: case TUINT64: case TUINTPTR: at<uint64_t>(a, 0) = *static_cast<uint64_t*>(v.ptr); return;
    case TUINT32: at<uint64_t>(a, 0) = *static_cast<uint32_t*>(v.ptr); return;
    case TUINT16: at<uint64_t>(a, 0) = *static_cast<uint16_t*>(v.ptr); return;
    case TUINT8: at<uint64_t>(a, 0) = *static_cast<uint8_t*>(v.ptr); return;
    default: valueError(g, "Uint", v.typ);
  }
}
void Value_Float(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 8);
  if (!v.typ) return valueError(g, "Float", nullptr);
  if (v.typ->kind == TFLOAT64) at<double>(a, 0) = *static_cast<double*>(v.ptr);
  else if (v.typ->kind == TFLOAT32) at<double>(a, 0) = *static_cast<float*>(v.ptr);
  else valueError(g, "Float", v.typ);
}
void Value_Bool(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 8);
  if (!v.typ || v.typ->kind != TBOOL) return valueError(g, "Bool", v.typ);
  at<int64_t>(a, 0) = *static_cast<uint8_t*>(v.ptr);
}
void Value_String(rt::G*, uint8_t* a) {
  Value v = recvValue(a, 16);
  if (!v.typ) at<GoString>(a, 0) = str("<invalid Value>");
  else if (v.typ->kind == TSTRING) at<GoString>(a, 0) = *static_cast<GoString*>(v.ptr);
  else at<GoString>(a, 0) = str("<" + typeString(v.typ) + " Value>");
}
void Value_Len(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 8);
  if (!v.typ) return valueError(g, "Len", nullptr);
  switch (v.typ->kind) {
    case TARRAY: at<int64_t>(a, 0) = v.typ->len; return;
    case TSLICE: at<int64_t>(a, 0) = static_cast<GoSlice*>(v.ptr)->len; return;
    case TSTRING: at<int64_t>(a, 0) = static_cast<GoString*>(v.ptr)->len; return;
    case TMAP: at<int64_t>(a, 0) = rt::maplen(*static_cast<rt::hmap**>(v.ptr)); return;
    default: valueError(g, "Len", v.typ);
  }
}
void Value_NumField(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 8);
  if (!v.typ || v.typ->kind != TSTRUCT) return valueError(g, "NumField", v.typ);
  at<int64_t>(a, 0) = int64_t(v.typ->fields.size());
}
void Value_Field(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 24);
  int64_t i = at<int64_t>(a, 0);
  if (!v.typ || v.typ->kind != TSTRUCT) return valueError(g, "Field", v.typ);
  if (i < 0 || i >= int64_t(v.typ->fields.size())) return panicString(g, "reflect: Field index out of range");
  const Field& f = v.typ->fields[size_t(i)];
  at<Value>(a, 8) = Value{f.type, static_cast<uint8_t*>(v.ptr) + f.offset};
}
void Value_Index(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 24);
  int64_t i = at<int64_t>(a, 0);
  if (!v.typ) return valueError(g, "Index", nullptr);
  switch (v.typ->kind) {
    case TSLICE: {
      auto s = *static_cast<GoSlice*>(v.ptr);
      if (i < 0 || i >= s.len) return panicString(g, "reflect: slice index out of range");
      at<Value>(a, 8) = Value{v.typ->elem, static_cast<uint8_t*>(s.ptr) + i * v.typ->elem->size};
      return;
    }
    case TARRAY:
      if (i < 0 || i >= v.typ->len) return panicString(g, "reflect: array index out of range");
      at<Value>(a, 8) = Value{v.typ->elem, static_cast<uint8_t*>(v.ptr) + i * v.typ->elem->size};
      return;
    case TSTRING: {
      auto s = *static_cast<GoString*>(v.ptr);
      if (i < 0 || i >= s.len) return panicString(g, "reflect: string index out of range");
      at<Value>(a, 8) = Value{types::Uint8, const_cast<uint8_t*>(s.ptr) + i};
      return;
    }
    default: valueError(g, "Index", v.typ);
  }
}
void Value_Elem(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 16);
  if (v.typ && v.typ->kind == TINTER) {
    at<Value>(a, 0) = interfaceElem(v.typ, v.ptr);
  } else if (v.typ && v.typ->kind == TPTR) {
    void* p = *static_cast<void**>(v.ptr);
    at<Value>(a, 0) = p ? Value{v.typ->elem, p} : Value{nullptr, nullptr};
  } else {
    valueError(g, "Elem", v.typ);
  }
}
void Value_Interface(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 16);
  if (!v.typ) return valueError(g, "Interface", nullptr);
  at<Eface>(a, 0) = valueInterface(v);
}
void Value_IsNil(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 8);
  if (!v.typ) return valueError(g, "IsNil", nullptr);
  switch (v.typ->kind) {
    case TPTR: case TMAP: case TCHAN: case TFUNC: case TUNSAFEPTR: case TINTER: case TSLICE:
      at<int64_t>(a, 0) = *static_cast<void**>(v.ptr) == nullptr;
      return;
    default: valueError(g, "IsNil", v.typ);
  }
}
void Value_IsValid(rt::G*, uint8_t* a) { at<int64_t>(a, 0) = recvValue(a, 8).typ != nullptr; }
void Value_IsZero(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 8);
  if (!v.typ) return valueError(g, "IsZero", nullptr);
  at<int64_t>(a, 0) = isZero(v.typ, v.ptr);
}
void Value_CanInterface(rt::G* g, uint8_t* a) {
  Value v = recvValue(a, 8);
  if (!v.typ) return valueError(g, "CanInterface", nullptr);
  at<int64_t>(a, 0) = 1;
}

}  // namespace

// fmt prints a reflect.Value as the value it holds (print.go's printArg case).
bool reflectValueEface(Type* t, const void* p, rt::Eface* out) {
  if (!tc::stdlib::reflectValue || t != tc::stdlib::reflectValue) return false;
  auto v = *static_cast<const Value*>(p);
  *out = v.typ ? valueInterface(v) : rt::Eface{nullptr, nullptr};
  return true;
}

}  // namespace minigo::vm::stdlib

namespace minigo::vm {

void registerReflectNatives() {
  using namespace stdlib;
  static const std::pair<const char*, NativeFn> fns[] = {
      {"reflect.TypeOf", reflect_TypeOf},
      {"reflect.ValueOf", reflect_ValueOf},
      {"reflect.DeepEqual", reflect_DeepEqual},
      {"reflect.Kind.String", Kind_String},
      {"reflect.StructTag.Get", StructTag_Get},
      {"reflect.StructTag.Lookup", StructTag_Lookup},
      {"reflect.(*rtype).Align", rtype_Align},
      {"reflect.(*rtype).Comparable", rtype_Comparable},
      {"reflect.(*rtype).Elem", rtype_Elem},
      {"reflect.(*rtype).Field", rtype_Field},
      {"reflect.(*rtype).Key", rtype_Key},
      {"reflect.(*rtype).Kind", rtype_Kind},
      {"reflect.(*rtype).Len", rtype_Len},
      {"reflect.(*rtype).Name", rtype_Name},
      {"reflect.(*rtype).NumField", rtype_NumField},
      {"reflect.(*rtype).NumMethod", rtype_NumMethod},
      {"reflect.(*rtype).PkgPath", rtype_PkgPath},
      {"reflect.(*rtype).Size", rtype_Size},
      {"reflect.(*rtype).String", rtype_String},
      {"reflect.Value.Kind", Value_Kind},
      {"reflect.Value.Type", Value_Type},
      {"reflect.Value.Int", Value_Int},
      {"reflect.Value.Uint", Value_Uint},
      {"reflect.Value.Float", Value_Float},
      {"reflect.Value.Bool", Value_Bool},
      {"reflect.Value.String", Value_String},
      {"reflect.Value.Len", Value_Len},
      {"reflect.Value.NumField", Value_NumField},
      {"reflect.Value.Field", Value_Field},
      {"reflect.Value.Index", Value_Index},
      {"reflect.Value.Elem", Value_Elem},
      {"reflect.Value.Interface", Value_Interface},
      {"reflect.Value.IsNil", Value_IsNil},
      {"reflect.Value.IsValid", Value_IsValid},
      {"reflect.Value.IsZero", Value_IsZero},
      {"reflect.Value.CanInterface", Value_CanInterface},
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm::stdlib
