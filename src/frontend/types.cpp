// types.cpp — construction, interning, identity, layout and printing of Go
// types (cmd/compile/internal/types: NewPtr, NewSlice, CalcSize, TypeString).
#include "frontend/types.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <string>

namespace minigo {

bool Field::exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }

namespace {

// Interning table: one key per distinct unnamed structure. Keys are built from
// the component Type pointers, so two equal keys mean identical types.
std::map<std::string, Type*>& internTable() {
  static std::map<std::string, Type*> table;
  return table;
}

void keyPtr(std::string& k, const void* p) {
  k.append(reinterpret_cast<const char*>(&p), sizeof p);
}

void keyStr(std::string& k, const std::string& s) {
  uint32_t n = s.size();
  k.append(reinterpret_cast<const char*>(&n), sizeof n);
  k += s;
}

Type* intern(const std::string& key, Type* proto) {
  auto& tab = internTable();
  auto it = tab.find(key);
  if (it != tab.end()) {
    delete proto;
    return it->second;
  }
  tab.emplace(key, proto);
  return proto;
}

void keyFields(std::string& k, const std::vector<Field>& fs, bool names) {
  uint32_t n = fs.size();
  k.append(reinterpret_cast<const char*>(&n), sizeof n);
  for (auto& f : fs) {
    keyPtr(k, f.type);
    if (names) {
      keyStr(k, f.name);
      keyStr(k, f.tag);
      k += f.embedded ? 'E' : 'F';
    }
  }
}

uint32_t fnv1a(const std::string& s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

}  // namespace

Type* newPtr(Type* elem) {
  std::string k = "P";
  keyPtr(k, elem);
  auto* t = new Type;
  t->kind = TPTR;
  t->elem = elem;
  return intern(k, t);
}

Type* newSlice(Type* elem) {
  std::string k = "S";
  keyPtr(k, elem);
  auto* t = new Type;
  t->kind = TSLICE;
  t->elem = elem;
  return intern(k, t);
}

Type* newArray(Type* elem, int64_t len) {
  std::string k = "A";
  keyPtr(k, elem);
  k.append(reinterpret_cast<const char*>(&len), sizeof len);
  auto* t = new Type;
  t->kind = TARRAY;
  t->elem = elem;
  t->len = len;
  return intern(k, t);
}

Type* newMap(Type* key, Type* elem) {
  std::string k = "M";
  keyPtr(k, key);
  keyPtr(k, elem);
  auto* t = new Type;
  t->kind = TMAP;
  t->key = key;
  t->elem = elem;
  return intern(k, t);
}

Type* newChan(Type* elem, ChanDir dir) {
  std::string k = "C";
  keyPtr(k, elem);
  k += char('0' + dir);
  auto* t = new Type;
  t->kind = TCHAN;
  t->elem = elem;
  t->chanDir = dir;
  return intern(k, t);
}

Type* newStruct(std::vector<Field> fields) {
  std::string k = "T";
  keyFields(k, fields, true);
  auto* t = new Type;
  t->kind = TSTRUCT;
  t->fields = std::move(fields);
  return intern(k, t);
}

// Parameter names are not part of a function type's identity, so they are
// dropped before interning (the first spelling would otherwise win).
Type* newFunc(std::vector<Field> params, std::vector<Field> results, bool variadic, Type* recv) {
  for (auto& f : params) f.name.clear();
  for (auto& f : results) f.name.clear();
  std::string k = "F";
  keyFields(k, params, false);
  keyFields(k, results, false);
  k += variadic ? 'V' : 'N';
  keyPtr(k, recv);
  auto* t = new Type;
  t->kind = TFUNC;
  t->params = std::move(params);
  t->results = std::move(results);
  t->variadic = variadic;
  t->recv = recv;
  return intern(k, t);
}

// The interface's full method set: its own methods plus those of embedded
// interfaces (already complete), sorted by name, duplicates merged.
Type* newInterface(std::vector<Method> methods, std::vector<Type*> embeddeds) {
  for (Type* e : embeddeds) {
    if (e && e->kind == TINTER)
      for (auto& m : e->methods) methods.push_back(m);
  }
  std::stable_sort(methods.begin(), methods.end(),
                   [](const Method& a, const Method& b) { return a.name < b.name; });
  std::vector<Method> uniq;
  for (auto& m : methods)
    if (uniq.empty() || uniq.back().name != m.name) uniq.push_back(m);
  std::string k = "I";
  for (auto& m : uniq) {
    keyStr(k, m.name);
    keyPtr(k, m.type);
  }
  auto* t = new Type;
  t->kind = TINTER;
  t->methods = std::move(uniq);
  t->embeddeds = std::move(embeddeds);
  return intern(k, t);
}

Type* newTuple(std::vector<Field> entries) {
  std::string k = "U";
  keyFields(k, entries, false);
  auto* t = new Type;
  t->kind = TTUPLE;
  t->fields = std::move(entries);
  return intern(k, t);
}

Type* newNamed(const std::string& pkg, const std::string& sym) {
  auto* t = new Type;
  t->kind = TFORW;
  t->pkg = pkg;
  t->sym = sym;
  t->underlying = nullptr;
  return t;
}

// Copies the structure of the underlying type into the named type, keeping
// the named type's own identity (sym, pkg, methods).
void setUnderlying(Type* named, Type* u) {
  if (!u) return;
  if (u->underlying) u = u->underlying;
  std::vector<Method> methods = std::move(named->methods);
  std::string sym = named->sym, pkg = named->pkg;
  void* rt = named->rt;
  *named = *u;
  named->sym = sym;
  named->pkg = pkg;
  named->underlying = u;
  named->rt = rt;
  named->size = -1;
  named->hash = 0;
  if (u->kind == TINTER) {
    // An interface's methods are its method set; a defined interface keeps them.
    named->methods = u->methods;
  } else {
    named->methods = std::move(methods);
  }
}

static bool identicalFields(const std::vector<Field>& a, const std::vector<Field>& b, bool names) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++) {
    if (!identical(a[i].type, b[i].type)) return false;
    if (names && (a[i].name != b[i].name || a[i].embedded != b[i].embedded || a[i].tag != b[i].tag)) return false;
  }
  return true;
}

// Interned unnamed types make identity pointer equality; the structural walk
// is kept for types built before their components were complete.
bool identical(Type* a, Type* b) {
  if (a == b) return true;
  if (!a || !b) return false;
  if (a->isNamed() || b->isNamed()) return false;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
    case TPTR: case TSLICE: return identical(a->elem, b->elem);
    case TARRAY: return a->len == b->len && identical(a->elem, b->elem);
    case TMAP: return identical(a->key, b->key) && identical(a->elem, b->elem);
    case TCHAN: return a->chanDir == b->chanDir && identical(a->elem, b->elem);
    case TSTRUCT: return identicalFields(a->fields, b->fields, true);
    case TTUPLE: return identicalFields(a->fields, b->fields, false);
    case TFUNC:
      return a->variadic == b->variadic && identicalFields(a->params, b->params, false) &&
             identicalFields(a->results, b->results, false);
    case TINTER:
      if (a->methods.size() != b->methods.size()) return false;
      for (size_t i = 0; i < a->methods.size(); i++)
        if (a->methods[i].name != b->methods[i].name || !identical(a->methods[i].type, b->methods[i].type))
          return false;
      return true;
    default: return false;
  }
}

bool Type::isDirectIface() const {
  switch (kind) {
    case TPTR: case TCHAN: case TMAP: case TFUNC: case TUNSAFEPTR: return true;
    case TARRAY: return len == 1 && elem->isDirectIface();
    case TSTRUCT: return fields.size() == 1 && fields[0].type->isDirectIface();
    default: return false;
  }
}

static int64_t roundUp(int64_t o, int64_t a) { return (o + a - 1) / a * a; }

// Go's amd64 layout (types.CalcSize): fields in order at their alignment; a
// struct ending in a zero-size field gets one byte so &s.last stays inside.
void calcSize(Type* t) {
  if (!t || t->size >= 0) return;
  if (t->kind == TFORW) return;
  t->size = 0;  // guards against recursion through invalid recursive types
  int64_t size = 0, align = 1;
  bool ptrs = false, cmp = true;
  switch (t->kind) {
    case TBOOL: case TINT8: case TUINT8: size = align = 1; break;
    case TINT16: case TUINT16: size = align = 2; break;
    case TINT32: case TUINT32: case TFLOAT32: size = align = 4; break;
    case TINT: case TUINT: case TINT64: case TUINT64: case TUINTPTR: case TFLOAT64: size = align = 8; break;
    case TCOMPLEX64: size = 8; align = 4; break;
    case TCOMPLEX128: size = 16; align = 8; break;
    case TSTRING: size = 16; align = 8; ptrs = true; break;
    case TUNSAFEPTR: case TPTR: case TCHAN: size = align = 8; ptrs = true; break;
    case TMAP: case TFUNC: size = align = 8; ptrs = true; cmp = false; break;
    case TSLICE: size = 24; align = 8; ptrs = true; cmp = false; break;
    case TINTER: size = 16; align = 8; ptrs = true; break;
    case TARRAY:
      calcSize(t->elem);
      size = t->elem->size * t->len;
      align = t->elem->align;
      ptrs = t->len > 0 && t->elem->hasPointers;
      cmp = t->elem->comparable;
      break;
    case TSTRUCT: case TTUPLE: {
      int64_t off = 0;
      bool lastZero = false;
      for (auto& f : t->fields) {
        calcSize(f.type);
        int64_t fa = f.type->align;
        off = roundUp(off, fa);
        f.offset = off;
        off += f.type->size;
        align = std::max(align, fa);
        ptrs = ptrs || f.type->hasPointers;
        cmp = cmp && f.type->comparable;
        lastZero = f.type->size == 0;
      }
      if (lastZero && off > 0 && t->kind == TSTRUCT) off++;
      size = roundUp(off, align);
      break;
    }
    default: size = 0; align = 1; break;
  }
  t->size = size;
  t->align = align;
  t->hasPointers = ptrs;
  t->comparable = cmp;
  if (t->hash == 0) t->hash = fnv1a(typeString(t)) | 1;
}

namespace {

enum class Style { Runtime, Error };

void writeType(std::string& s, Type* t, Style st);

void writeSig(std::string& s, Type* t, Style st) {
  s += '(';
  for (size_t i = 0; i < t->params.size(); i++) {
    if (i) s += ", ";
    if (t->variadic && i + 1 == t->params.size()) {
      s += "...";
      writeType(s, t->params[i].type->elem, st);
    } else {
      writeType(s, t->params[i].type, st);
    }
  }
  s += ')';
  if (t->results.size() == 1) {
    s += ' ';
    writeType(s, t->results[0].type, st);
  } else if (t->results.size() > 1) {
    s += " (";
    for (size_t i = 0; i < t->results.size(); i++) {
      if (i) s += ", ";
      writeType(s, t->results[i].type, st);
    }
    s += ')';
  }
}

std::string quoteTag(const std::string& tag) {
  std::string q = "\"";
  for (char c : tag) {
    if (c == '"' || c == '\\') q += '\\';
    q += c;
  }
  return q + '"';
}

void writeType(std::string& s, Type* t, Style st) {
  if (!t) {
    s += "<nil>";
    return;
  }
  if (t->isNamed()) {
    // gc's errors qualify types of other packages only (types2's qualifier).
    if (!t->pkg.empty() && (st == Style::Runtime || t->pkg != "main")) s += t->pkg + ".";
    s += t->sym;
    return;
  }
  switch (t->kind) {
    case TIDEAL_BOOL: s += "untyped bool"; return;
    case TIDEAL_INT: s += "untyped int"; return;
    case TIDEAL_RUNE: s += "untyped rune"; return;
    case TIDEAL_FLOAT: s += "untyped float"; return;
    case TIDEAL_COMPLEX: s += "untyped complex"; return;
    case TIDEAL_STRING: s += "untyped string"; return;
    case TNIL: s += "untyped nil"; return;
    case TPTR: s += '*'; writeType(s, t->elem, st); return;
    case TSLICE: s += "[]"; writeType(s, t->elem, st); return;
    case TARRAY: s += "[" + std::to_string(t->len) + "]"; writeType(s, t->elem, st); return;
    case TMAP: s += "map["; writeType(s, t->key, st); s += ']'; writeType(s, t->elem, st); return;
    case TCHAN:
      if (t->chanDir == CDRecv) s += "<-chan ";
      else if (t->chanDir == CDSend) s += "chan<- ";
      else s += "chan ";
      // chan (<-chan T) needs parentheses to stay unambiguous.
      if (t->chanDir == CDBoth && t->elem && !t->elem->isNamed() && t->elem->kind == TCHAN &&
          t->elem->chanDir == CDRecv) {
        s += '(';
        writeType(s, t->elem, st);
        s += ')';
      } else {
        writeType(s, t->elem, st);
      }
      return;
    case TFUNC: s += "func"; writeSig(s, t, st); return;
    case TSTRUCT: {
      bool rt = st == Style::Runtime;
      if (t->fields.empty()) {
        s += rt ? "struct {}" : "struct{}";
        return;
      }
      s += rt ? "struct { " : "struct{";
      for (size_t i = 0; i < t->fields.size(); i++) {
        auto& f = t->fields[i];
        if (i) s += "; ";
        if (!f.embedded) s += f.name + " ";
        writeType(s, f.type, st);
        if (!f.tag.empty()) s += " " + quoteTag(f.tag);
      }
      s += rt ? " }" : "}";
      return;
    }
    case TINTER: {
      bool rt = st == Style::Runtime;
      if (t->methods.empty()) {
        s += rt ? "interface {}" : "interface{}";
        return;
      }
      s += rt ? "interface { " : "interface{";
      for (size_t i = 0; i < t->methods.size(); i++) {
        if (i) s += "; ";
        s += t->methods[i].name;
        writeSig(s, t->methods[i].type, st);
      }
      s += rt ? " }" : "}";
      return;
    }
    case TTUPLE: {
      s += '(';
      for (size_t i = 0; i < t->fields.size(); i++) {
        if (i) s += ", ";
        writeType(s, t->fields[i].type, st);
      }
      s += ')';
      return;
    }
    default: s += "invalid type"; return;
  }
}

}  // namespace

std::string typeString(Type* t) {
  std::string s;
  writeType(s, t, Style::Runtime);
  return s;
}

std::string typeStringForError(Type* t) {
  std::string s;
  writeType(s, t, Style::Error);
  return s;
}

}  // namespace minigo
