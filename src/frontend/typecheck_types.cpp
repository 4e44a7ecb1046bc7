// typecheck_types.cpp — type expressions, field and method lookup through
// embedded fields, method sets, and the assignability / convertibility /
// interface-satisfaction relations of the spec.
#include <algorithm>
#include <set>

#include "frontend/typecheck.h"

namespace minigo::tc {

static Node* typeNode(Node* n, Type* t) {
  std::string text = n->op == ONONAME ? n->name : "";
  n->op = OTYPE;
  n->type = t;
  if (!text.empty()) n->name = text;
  n->typechecked = true;
  return n;
}

Type* Checker::typExpr(Node*& n) {
  if (!n) return tInvalid;
  if (n->op == OTYPE && n->typechecked) return n->type;
  Type* t = tInvalid;
  switch (n->op) {
    case OPAREN: {
      Node* inner = n->left;
      t = typExpr(inner);
      n = inner;
      return t;
    }
    case ONONAME: {
      if (n->name == "_") {
        error(n->pos, "cannot use _ as value or type");
        break;
      }
      Name* nm = lookup(n->name);
      if (!nm) {
        error(n->pos, "undefined: " + n->name);
        break;
      }
      if (nm->kind != ObjKind::Type) {
        if (nm->kind == ObjKind::Pkg) nm->used = true;
        error(n->pos, n->name + " is not a type");
        break;
      }
      if (genericDecls.count(nm)) {
        error(n->pos, "cannot use generic type " + genericString(nm) + " without instantiation");
        break;
      }
      resolveDecl(nm);
      t = nm->type ? nm->type : tInvalid;
      n->name_ = nm;
      break;
    }
    case OXDOT: {
      Node* l = n->left;
      while (l && l->op == OPAREN) l = l->left;
      Name* pn = l && l->op == ONONAME ? lookup(l->name) : nullptr;
      if (!pn || pn->kind != ObjKind::Pkg) {
        error(n->pos, exprString(n) + " is not a type");
        break;
      }
      pn->used = true;
      const StdPackage* sp = lookupStdPackage(importOf[pn]->name);
      auto it = sp ? sp->members.find(n->name) : decltype(sp->members.end()){};
      if (!sp || it == sp->members.end()) {
        error(n->pos, "undefined: " + l->name + "." + n->name);
        break;
      }
      if (it->second->kind != ObjKind::Type) {
        error(n->pos, l->name + "." + n->name + " is not a type");
        break;
      }
      t = it->second->type;
      std::string text = exprString(n);
      typeNode(n, t);
      n->name = text;
      return t;
    }
    case OTARRAY: {
      Type* elem = typExpr(n->right);
      if (!n->left) {
        error(n->pos, "invalid use of [...] array (outside a composite literal)");
        break;
      }
      // types2's arrayLength: a plain name is judged before it is evaluated
      // (so a variable used as the length stays "declared but not used").
      if (n->left->op == ONONAME) {
        Name* obj = lookup(n->left->name);
        if (!obj) {
          error(n->left->pos, "undefined array length " + n->left->name + " or missing type constraint");
          break;
        }
        if (obj->kind != ObjKind::Const) {
          error(n->left->pos, "invalid array length " + n->left->name);
          break;
        }
      }
      value(n->left);
      Node* l = n->left;
      if (l->type == tInvalid) break;
      if (l->op != OLITERAL) {
        error(l->pos, "array length " + exprString(l) + " (" + (modeOf(l) == Mode::Variable ? "variable" : "value") +
                          " of type " + typeStringForError(l->type) + ") must be constant");
        break;
      }
      Constant v = l->val.toInt();
      if (v.isUnknown() || !l->type->isNumeric()) {
        if (l->type->isInteger() || l->type->isUntyped())
          error(l->pos, "array length " + operandString(l) + " must be integer");
        else
          error(l->pos, "array length " + operandString(l) + " must be integer");
        break;
      }
      if (v.sign() < 0 || !v.fitsInt64()) {
        error(l->pos, "invalid array length " + operandString(l));
        break;
      }
      if (elem == tInvalid) break;
      t = newArray(elem, v.int64Val());
      break;
    }
    case OTSLICE: {
      Type* elem = typExpr(n->left);
      if (elem != tInvalid) t = newSlice(elem);
      break;
    }
    case OTMAP: {
      Type* k = typExpr(n->left);
      Type* v = typExpr(n->right);
      if (k == tInvalid || v == tInvalid) break;
      if (k->kind != TFORW && !comparable(k)) {
        error(n->left->pos, "invalid map key type " + typeStringForError(k));
        break;
      }
      t = newMap(k, v);
      break;
    }
    case OTCHAN: {
      Type* e = typExpr(n->left);
      if (e != tInvalid) t = newChan(e, n->chanDir);
      break;
    }
    case OTPTR:
    case ODEREF: {
      Type* e = typExpr(n->left);
      if (e != tInvalid) t = newPtr(e);
      break;
    }
    case OTFUNC: t = funcType(n, nullptr, nullptr); break;
    case OTSTRUCT: t = structType(n); break;
    case OTINTER: t = interfaceType(n); break;
    case OINDEX:
    case OTINST:
      if (Name* g = genericOf(n->left)) {
        genericInst(n);
        if (g->kind == ObjKind::Func) return n->type;  // f[int] reached through expr(OTINST)
        return n->type;
      }
      expr(n);
      if (n->type != tInvalid) error(n->pos, exprString(n) + " is not a type");
      break;
    default:
      expr(n);
      if (n->type != tInvalid) error(n->pos, exprString(n) + " is not a type");
      break;
  }
  typeNode(n, t);
  return t;
}

// OTFUNC → TFUNC. With fn set, declares the parameter and result Names of
// fn (unnamed results get gc's "~r0" names).
Type* Checker::funcType(Node* sig, Func* fn, Type* recv) {
  std::vector<Field> params, results;
  bool variadic = false;
  bool bad = false;
  for (size_t i = 0; i < sig->list.size(); i++) {
    Node* f = sig->list[i];
    Type* t = typExpr(f->left);
    if (t == tInvalid) bad = true;
    if (f->isDDD) {
      if (i + 1 != sig->list.size()) error(f->pos, "can only use ... with final parameter in list");
      else variadic = true;
      t = newSlice(t);
    }
    params.push_back(Field{f->name, t});
    if (fn) {
      auto* n = newName(f->name.empty() ? "_" : f->name, ObjKind::Var, f->pos);
      n->cls = PPARAM;
      n->type = t;
      n->curfn = fn;
      n->defn = f;
      n->used = true;
      f->name_ = n;
      fn->params.push_back(n);
    }
  }
  for (size_t i = 0; i < sig->rlist.size(); i++) {
    Node* f = sig->rlist[i];
    Type* t = typExpr(f->left);
    if (t == tInvalid) bad = true;
    if (f->isDDD) error(f->pos, "can only use ... with final parameter in list");
    results.push_back(Field{f->name, t});
    if (fn) {
      std::string nm = f->name.empty() ? "~r" + std::to_string(i) : f->name;
      auto* n = newName(nm, ObjKind::Var, f->pos);
      n->cls = PPARAMOUT;
      n->type = t;
      n->curfn = fn;
      n->defn = f;
      n->used = true;
      f->name_ = n;
      fn->results.push_back(n);
    }
  }
  if (bad) return tInvalid;
  return newFunc(params, results, variadic, recv);
}

static std::string embeddedName(Node* t) {
  while (t && (t->op == OPAREN || t->op == ODEREF || t->op == OTPTR)) t = t->left;
  if (!t) return "";
  if (t->op == OXDOT) return t->name;
  if (t->op == OINDEX || t->op == OTINST) return embeddedName(t->left);  // Base[T]: field Base
  if (t->op == OTYPE && t->name_) return t->name_->sym;
  return t->name;
}

Type* Checker::structType(Node* n) {
  std::vector<Field> fields;
  std::set<std::string> seen;
  bool bad = false;
  for (Node* f : n->list) {
    std::string ename = f->embedded ? embeddedName(f->left) : "";
    Type* t = typExpr(f->left);
    if (t == tInvalid) bad = true;
    Field fl;
    fl.name = f->embedded ? ename : f->name;
    fl.type = t;
    fl.embedded = f->embedded;
    fl.tag = f->tag;
    if (f->embedded && t != tInvalid) {
      Type* base = t->kind == TPTR && !t->isNamed() ? t->elem : t;
      if ((t->kind == TPTR && !t->isNamed() && (base->kind == TPTR || base->kind == TINTER)) ||
          (t->isNamed() && t->kind == TPTR)) {
        error(f->left->pos, "embedded field type cannot be a pointer" +
                                std::string(base->kind == TINTER ? " to an interface" : ""));
      }
    }
    if (fl.name != "_" && !seen.insert(fl.name).second) error(f->pos, fl.name + " redeclared");
    fields.push_back(fl);
  }
  if (bad) return tInvalid;
  return newStruct(fields);
}

Type* Checker::interfaceType(Node* n) {
  std::vector<Method> methods;
  std::vector<Type*> embeddeds;
  std::set<std::string> seen;
  for (Node* f : n->list) {
    if (f->embedded || !f->left || f->left->op != OTFUNC) {
      Type* t = typExpr(f->left);
      if (t == tInvalid) continue;
      if (t->kind == TFORW) {
        // Embedded interface declared later: resolve now.
        if (f->left->name_) resolveDecl(f->left->name_);
      }
      if (t->kind != TINTER) continue;  // a type-set term: only constraints use it (typecheck_generic.cpp)
      embeddeds.push_back(t);
      continue;
    }
    Type* sig = funcType(f->left, nullptr, nullptr);
    if (!seen.insert(f->name).second) {
      error(f->pos, "duplicate method " + f->name);
      continue;
    }
    Method m;
    m.name = f->name;
    m.type = sig;
    m.pos = f->pos;
    methods.push_back(m);
  }
  for (Type* e : embeddeds)
    for (auto& m : e->methods)
      for (auto& own : methods)
        if (own.name == m.name && !identical(own.type, m.type)) error(n->pos, "duplicate method " + m.name);
  return newInterface(methods, embeddeds);
}

bool Checker::comparable(Type* t) {
  if (!t || t == tInvalid) return true;
  switch (t->kind) {
    case TSLICE: case TMAP: case TFUNC: return false;
    case TARRAY: return comparable(t->elem);
    case TSTRUCT:
      for (auto& f : t->fields)
        if (!comparable(f.type)) return false;
      return true;
    default: return true;
  }
}

const Method* Checker::findMethod(Type* t, const std::string& name) {
  for (auto& m : t->methods)
    if (m.name == name) return &m;
  return nullptr;
}

// Breadth-first search through embedded fields, depth by depth, as the spec's
// selector rule requires (the shallowest unique match wins).
Checker::Selection Checker::lookupFieldOrMethod(Type* T, const std::string& name) {
  Selection res;
  if (!T || T == tInvalid || name == "_") return res;
  struct Entry {
    Type* t;
    std::vector<int> path;
    std::vector<bool> viaPtr;
    bool indirect;
    bool ptr;  // e.t is reached through a pointer
  };
  // types2: a pointer to an interface has no methods (nor fields).
  if (T->kind == TPTR && !T->isNamed() && T->elem && T->elem->kind == TINTER) return res;
  std::vector<Entry> cur;
  bool isPtr = T->kind == TPTR && !T->isNamed();
  if (T->kind == TPTR && T->isNamed()) isPtr = true;  // defined pointer type: fields only
  Type* start = isPtr ? T->elem : T;
  cur.push_back({start, {}, {}, isPtr, isPtr});
  std::set<Type*> seen;
  while (!cur.empty()) {
    std::vector<Entry> next;
    int count = 0;
    Selection found;
    for (auto& e : cur) {
      Type* t = e.t;
      if (!t) continue;
      if (t->isNamed()) {
        if (seen.count(t)) continue;
        seen.insert(t);
        if (t->kind != TINTER && !(T->kind == TPTR && T->isNamed() && e.path.empty())) {
          if (const Method* m = findMethod(t, name)) {
            count++;
            found = Selection{};
            found.kind = Selection::Method;
            found.path = e.path;
            found.viaPtr = e.viaPtr;
            found.method = m;
            found.type = m->type;
            found.recvBase = t;
            found.indirect = e.indirect;
            found.lastPtr = e.ptr;
            continue;
          }
        }
      }
      if (t->kind == TSTRUCT) {
        for (size_t i = 0; i < t->fields.size(); i++) {
          const Field& f = t->fields[i];
          if (f.name == name) {
            count++;
            found = Selection{};
            found.kind = Selection::Field;
            found.path = e.path;
            found.path.push_back(i);
            found.viaPtr = e.viaPtr;
            found.viaPtr.push_back(e.ptr);
            found.lastPtr = e.ptr;
            found.type = f.type;
            found.indirect = e.indirect;
          }
          if (f.embedded) {
            Type* ft = f.type;
            bool p = ft->kind == TPTR && !ft->isNamed();
            Entry ne{p ? ft->elem : ft, e.path, e.viaPtr, e.indirect || p, p};
            ne.path.push_back(i);
            ne.viaPtr.push_back(e.ptr);
            next.push_back(ne);
          }
        }
      } else if (t->kind == TINTER) {
        for (auto& m : t->methods)
          if (m.name == name) {
            count++;
            found = Selection{};
            found.kind = Selection::Method;
            found.path = e.path;
            found.viaPtr = e.viaPtr;
            found.method = &m;
            found.type = m.type;
            found.recvBase = t;
            found.indirect = e.indirect;
            found.lastPtr = e.ptr;
          }
      }
    }
    if (count == 1) return found;
    if (count > 1) {
      res.kind = Selection::Ambiguous;
      return res;
    }
    cur = std::move(next);
  }
  return res;
}

std::vector<Method> Checker::methodSet(Type* t, bool ptr) {
  std::vector<Method> out;
  for (auto& m : t->methods)
    if (ptr || !m.ptrRecv || t->kind == TINTER) out.push_back(m);
  return out;
}

static std::string sigString(const std::string& name, Type* sig) {
  std::string s = typeStringForError(sig);
  return name + s.substr(4);  // drop "func"
}

bool Checker::implements(Type* V, Type* T, std::string* reason) {
  if (!T || T->kind != TINTER || V == tInvalid) return true;
  for (auto& m : T->methods) {
    if (V->kind == TINTER) {
      const Method* vm = findMethod(V, m.name);
      if (!vm) {
        if (reason)
          *reason = typeStringForError(V) + " does not implement " + typeStringForError(T) + " (missing " + m.name + " method)";
        return false;
      }
      if (!identical(vm->type, m.type)) {
        if (reason)
          *reason = typeStringForError(V) + " does not implement " + typeStringForError(T) + " (wrong type for " +
                    m.name + " method)\n\t\thave " + sigString(m.name, vm->type) + "\n\t\twant " + sigString(m.name, m.type);
        return false;
      }
      continue;
    }
    Selection sel = lookupFieldOrMethod(V, m.name);
    if (sel.kind != Selection::Method) {
      if (reason)
        *reason = typeStringForError(V) + " does not implement " + typeStringForError(T) + " (missing " + m.name + " method)";
      return false;
    }
    if (!identical(sel.type, m.type)) {
      if (reason)
        *reason = typeStringForError(V) + " does not implement " + typeStringForError(T) + " (wrong type for " +
                  m.name + " method)\n\t\thave " + sigString(m.name, sel.type) + "\n\t\twant " + sigString(m.name, m.type);
      return false;
    }
    bool isPtr = V->kind == TPTR && !V->isNamed();
    if (sel.method->ptrRecv && !isPtr && !sel.indirect && sel.recvBase->kind != TINTER) {
      if (reason)
        *reason = typeStringForError(V) + " does not implement " + typeStringForError(T) + " (" + m.name +
                  " method has pointer receiver)";
      return false;
    }
  }
  return true;
}

bool Checker::assignableTo(Type* V, Node* x, Type* T, std::string* reason) {
  if (V == tInvalid || T == tInvalid) return true;
  if (identical(V, T)) return true;
  Type* Vu = V->underlying ? V->underlying : V;
  Type* Tu = T->underlying ? T->underlying : T;
  if (V == types::UntypedNil) {
    switch (Tu->kind) {
      case TPTR: case TFUNC: case TSLICE: case TMAP: case TCHAN: case TINTER: case TUNSAFEPTR: return true;
      default: return false;
    }
  }
  if (V->isUntyped()) {
    Type* d = defaultOf(V);
    if (T->kind == TINTER) return T->methods.empty() || implements(d, T, reason);
    // Untyped non-constant values (comparisons, shifts) take any matching basic type.
    if (V->kind == TIDEAL_BOOL) return Tu->kind == TBOOL;
    if (V->kind == TIDEAL_STRING) return Tu->kind == TSTRING;
    return Tu->isNumeric();
  }
  if (identical(Vu, Tu) && (!V->isNamed() || !T->isNamed()) && V->kind != TINTER) return true;
  if (identical(Vu, Tu) && (!V->isNamed() || !T->isNamed())) return true;
  if (T->kind == TINTER) return implements(V, T, reason);
  if (Tu->kind == TPTR && Tu->elem && Tu->elem->kind == TINTER) {  // types2's isInterfacePtr
    if (reason)
      *reason = typeStringForError(V) + " does not implement " + typeStringForError(T) + " (type " +
                typeStringForError(T) + " is pointer to interface, not interface)";
    return false;
  }
  if (V->kind == TCHAN && V->chanDir == CDBoth && T->kind == TCHAN && identical(V->elem, T->elem) &&
      (!V->isNamed() || !T->isNamed()))
    return true;
  return false;
}

bool Checker::convertible(Node* x, Type* T) {
  Type* V = x->type;
  if (assignableTo(V, x, T, nullptr)) return true;
  Type* Vu = V->underlying ? V->underlying : V;
  Type* Tu = T->underlying ? T->underlying : T;
  auto identicalIgnoreTags = [&](Type* a, Type* b) {
    if (identical(a, b)) return true;
    if (a->kind == TSTRUCT && b->kind == TSTRUCT && a->fields.size() == b->fields.size()) {
      for (size_t i = 0; i < a->fields.size(); i++)
        if (a->fields[i].name != b->fields[i].name || !identical(a->fields[i].type, b->fields[i].type) ||
            a->fields[i].embedded != b->fields[i].embedded)
          return false;
      return true;
    }
    return false;
  };
  if (identicalIgnoreTags(Vu, Tu)) return true;
  if (V->kind == TPTR && T->kind == TPTR && !V->isNamed() && !T->isNamed() &&
      identicalIgnoreTags(V->elem->underlying, T->elem->underlying))
    return true;
  bool vnum = Vu->isInteger() || Vu->isFloat();
  bool tnum = Tu->isInteger() || Tu->isFloat();
  if (vnum && tnum) return true;
  if (Vu->isComplex() && Tu->isComplex()) return true;
  if (Tu->kind == TSTRING && (Vu->isInteger() || (Vu->kind == TSLICE && (Vu->elem->underlying->kind == TUINT8 ||
                                                                         Vu->elem->underlying->kind == TINT32))))
    return true;
  if (Vu->isString() && Tu->kind == TSLICE &&
      (Tu->elem->underlying->kind == TUINT8 || Tu->elem->underlying->kind == TINT32))
    return true;
  if ((Vu->kind == TUNSAFEPTR && (Tu->kind == TPTR || Tu->kind == TUINTPTR)) ||
      (Tu->kind == TUNSAFEPTR && (Vu->kind == TPTR || Vu->kind == TUINTPTR)))
    return true;
  if (Vu->kind == TSLICE && Tu->kind == TPTR && Tu->elem->underlying->kind == TARRAY &&
      identical(Vu->elem, Tu->elem->underlying->elem))
    return true;
  return false;
}

}  // namespace minigo::tc
