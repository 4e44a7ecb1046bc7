// walk.cpp — lowering, in place, after typecheck and escape analysis (gc's
// cmd/compile/internal/walk). One tree-rewriting pass over every function;
// each construct is lowered by a small function named after gc's:
//   ORANGE → OFOR (walkrange.go), OPRINT/OPRINTN → printlock/print*/printunlock
//   (walkprint), OADDSTR → concatstrings, string conversions → runtime calls,
//   OMAKE → OMAKESLICE, ONEW → ONEWOBJ, OINC/ODEC → OASOP.
// Switches stay OSWITCH: codegen emits their compare chains.
#include "frontend/stages.h"
#include "frontend/types.h"
#include "frontend/walk.h"
#include "frontend/walk_build.h"

namespace minigo {

namespace {

// len(x) of an array is constant unless x contains a call or a receive (spec: Length and capacity).
bool hasCallOrRecv(Node* n) {
  if (!n) return false;
  switch (n->op) {
    case OCALLFUNC: case OCALLMETH: case OCALLINTER: case ORECV: case OCALL: return true;
    default: break;
  }
  if (hasCallOrRecv(n->left) || hasCallOrRecv(n->right)) return true;
  for (Node* c : n->list)
    if (hasCallOrRecv(c)) return true;
  return false;
}

Type* runeIntTuple() {
  Field r, i;
  r.type = types::Rune;
  i.type = types::Int;
  return newTuple({r, i});
}

struct Walker {
  Func* curfn = nullptr;
  int ntemp = 0;

  wb::Env chanEnv{nullptr, &ntemp, [this](Node* x) { return rewrite(x); }};

  Node* rewrite(Node* n) {
    if (!n) return n;
    if (n->op == ODEFER)
      return walkDefer(n, curfn, [this](Node* x) { return rewrite(x); }, [this](Type* t, Pos p) { return temp(t, p); });
    chanEnv.curfn = curfn;
    if (Node* r = walkChanPre(n, chanEnv)) return r;  // walk_chan.cpp, walk_select.cpp
    walkChildren(n);
    if (Node* r = walkChanPost(n, chanEnv)) return r;
    switch (n->op) {
      case OINC: case ODEC: return walkIncDec(n);
      case OADDSTR: return walkAddString(n);
      case ORUNESTR: return rtcall(n, "intstring");
      case OBYTES2STR: return rtcall(n, "slicebytetostring");
      case ORUNES2STR: return rtcall(n, "slicerunetostring");
      case OSTR2BYTES: return rtcall(n, "stringtoslicebyte");
      case OSTR2RUNES: return rtcall(n, "stringtoslicerune");
      case OMAKE: return walkMake(n);
      case ONEW: n->op = ONEWOBJ; n->left = nullptr; return n;
      case OPRINT: case OPRINTN: return walkPrint(n);
      case ORANGE: return walkRange(n);
      case ORECOVER: return walkRecover(n);
      default: return n;
    }
  }
  void walkList(std::vector<Node*>& l) {
    for (auto& x : l) x = rewrite(x);
  }
  void walkChildren(Node* n) {
    if (n->op == OFUNCLIT || n->op == OCLOSURE) return;  // walked as its own Func
    if (n->op == OTYPE) return;
    n->left = rewrite(n->left);
    n->right = rewrite(n->right);
    n->cond = rewrite(n->cond);
    walkList(n->init);
    walkList(n->list);
    walkList(n->rlist);
    walkList(n->body);
  }

  // ---------- helpers building typed nodes
  Node* temp(Type* t, Pos pos) {
    Name* nm = newName("autotmp_" + std::to_string(ntemp++), ObjKind::Var, pos);
    nm->cls = PAUTO;
    nm->type = t;
    nm->curfn = curfn;
    nm->used = true;
    if (curfn) curfn->dcl.push_back(nm);
    return nameNode(nm, pos);
  }
  Node* nameNode(Name* nm, Pos pos) {
    Node* n = newNode(ONAME, pos);
    n->name_ = nm;
    n->name = nm->sym;
    n->type = nm->type;
    n->typechecked = true;
    return n;
  }
  Node* intLit(int64_t v, Type* t, Pos pos) {
    Node* n = newNode(OLITERAL, pos);
    n->val = Constant::makeInt64(v);
    n->type = t;
    n->typechecked = true;
    return n;
  }
  // k, v = kv, vv as one parallel assignment (walkrange's OAS2), so for i, x[i] = range s indexes x with the old i.
  void rangeAssign(std::vector<Node*>& pre, Node* k, Node* v, Node* kv, Node* vv, Pos pos) {
    if (k && v) {
      Node* a2 = newNode(OAS2, pos);
      a2->list = {k, v};
      a2->rlist = {kv, vv};
      a2->typechecked = true;
      pre.push_back(a2);
      return;
    }
    if (k) pre.push_back(as(k, kv));
    if (v) pre.push_back(as(v, vv));
  }

  Node* as(Node* l, Node* r, bool colas = false) {
    Node* n = newNode(OAS, l->pos);
    n->left = l;
    n->right = r;
    n->colas = colas;
    n->typechecked = true;
    if (colas && l->name_) l->name_->defn = n;
    return n;
  }
  Node* bin(Op op, Node* l, Node* r, Type* t) {
    Node* n = newNode(op, l->pos);
    n->left = l;
    n->right = r;
    n->type = t;
    n->typechecked = true;
    return n;
  }
  Node* un(Op op, Node* l, Type* t) {
    Node* n = newNode(op, l->pos);
    n->left = l;
    n->type = t;
    n->typechecked = true;
    return n;
  }
  Node* call(const std::string& fn, std::vector<Node*> args, Type* t, Pos pos) {
    Node* n = newNode(OCALLRT, pos);
    n->name = fn;
    n->list = std::move(args);
    n->type = t;
    n->typechecked = true;
    return n;
  }
  Node* stmtCall(const std::string& fn, std::vector<Node*> args, Pos pos) {
    return call(fn, std::move(args), nullptr, pos);
  }

  // ---------- lowerings
  Node* walkIncDec(Node* n) {
    Op sub = n->op == OINC ? OADD : OSUB;
    n->op = OASOP;
    n->subop = sub;
    Type* t = n->left->type;
    Node* one = newNode(OLITERAL, n->pos);
    one->type = t;
    one->val = t->isFloat() ? Constant::makeFloat64(1) : Constant::makeInt64(1);
    one->typechecked = true;
    n->right = one;
    return n;
  }
  Node* walkAddString(Node* n) {
    Node* c = call("concatstrings", n->list, n->type, n->pos);
    return c;
  }
  Node* rtcall(Node* n, const char* fn) { return call(fn, {n->left}, n->type, n->pos); }
  Node* walkMake(Node* n) {
    Type* t = n->type;
    if (t->kind == TSLICE) {
      n->op = OMAKESLICE;
      n->left = n->list.size() > 1 ? n->list[1] : nullptr;
      n->right = n->list.size() > 2 ? n->list[2] : nullptr;
      n->list.clear();
      return n;
    }
    n->op = t->kind == TMAP ? OMAKEMAP : OMAKECHAN;
    n->left = n->list.size() > 1 ? n->list[1] : nullptr;
    n->list.clear();
    return n;
  }
  // gc's walkprint: printlock; print<kind>(arg) [printsp]...; [printnl]; printunlock.
  Node* walkPrint(Node* n) {
    Node* b = newNode(OBLOCK, n->pos);
    b->list = n->init;  // println(g()): g's results assigned to temporaries first
    b->list.push_back(stmtCall("printlock", {}, n->pos));
    for (size_t i = 0; i < n->list.size(); i++) {
      if (n->op == OPRINTN && i > 0) b->list.push_back(stmtCall("printsp", {}, n->pos));
      Node* a = n->list[i];
      Type* t = a->type;
      std::string fn;
      switch (t->kind) {
        case TBOOL: fn = "printbool"; break;
        case TINT: case TINT8: case TINT16: case TINT32: case TINT64: fn = "printint"; break;
        case TUINT: case TUINT8: case TUINT16: case TUINT32: case TUINT64: case TUINTPTR: fn = "printuint"; break;
        case TFLOAT64: fn = "printfloat"; break;
        case TFLOAT32:
          fn = "printfloat";
          a = un(OCONV, a, types::Float64);
          break;
        case TSTRING: fn = "printstring"; break;
        case TCOMPLEX128: fn = "printcomplex"; break;
        case TCOMPLEX64:
          fn = "printcomplex";
          a = un(OCONV, a, types::Complex128);
          break;
        case TINTER: fn = t->isEmptyInterface() ? "printeface" : "printiface"; break;
        case TSLICE: fn = "printslice"; break;
        default: fn = "printpointer"; break;
      }
      b->list.push_back(stmtCall(fn, {a}, a->pos));
    }
    if (n->op == OPRINTN) b->list.push_back(stmtCall("printnl", {}, n->pos));
    b->list.push_back(stmtCall("printunlock", {}, n->pos));
    return b;
  }

  // gc's walkrange for arrays, slices, pointers to arrays and strings.
  Node* walkRange(Node* n) {
    Node* x = n->right;
    Type* t = x->type;
    if (t->kind == TMAP) return n;  // codegen_map.cpp: mapiterinit/mapiternext over a frame hiter
    Pos pos = n->pos;
    Node* k = n->list.size() > 0 ? n->list[0] : nullptr;
    Node* v = n->list.size() > 1 ? n->list[1] : nullptr;
    auto isBlank = [](Node* e) { return !e || (e->op == ONAME && e->name_ && e->name_->sym == "_"); };
    if (isBlank(k)) k = nullptr;
    if (isBlank(v)) v = nullptr;
    Node* f = newNode(OFOR, pos);
    f->typechecked = true;
    f->init = n->init;
    std::vector<Node*> pre;
    // Range variables declared once for the whole loop (Go 1.19 semantics).
    auto declare = [&](Node* e) {
      if (e && n->colas && e->op == ONAME) {
        Node* d = newNode(ODCL, pos);
        d->left = e;
        f->init.push_back(d);
      }
    };
    declare(k);
    declare(v);
    Node* hv1 = temp(types::Int, pos);
    if (t->kind == TSTRING) {
      Node* ha = temp(t, pos);
      f->init.push_back(as(ha, x, true));
      Node* hn = temp(types::Int, pos);
      f->init.push_back(as(hn, un(OLEN, ha, types::Int), true));
      f->init.push_back(as(hv1, intLit(0, types::Int, pos), true));
      f->cond = bin(OLT, hv1, hn, types::Bool);
      Node* hnext = temp(types::Int, pos);
      Node* hv2 = temp(types::Rune, pos);
      // c := ha[hv1]; if c < utf8.RuneSelf { hv2, hnext = rune(c), hv1+1 } else { hv2, hnext = decoderune(ha, hv1) }
      Node* c = bin(OINDEX, ha, hv1, types::Uint8);
      Node* ifn = newNode(OIF, pos);
      ifn->cond = bin(OLT, c, intLit(0x80, types::Uint8, pos), types::Bool);
      ifn->body.push_back(as(hv2, un(OCONV, bin(OINDEX, ha, hv1, types::Uint8), types::Rune)));
      ifn->body.push_back(as(hnext, bin(OADD, hv1, intLit(1, types::Int, pos), types::Int)));
      Node* as2 = newNode(OAS2FUNC, pos);
      as2->list = {hv2, hnext};
      as2->rlist = {call("decoderune", {ha, hv1}, runeIntTuple(), pos)};
      Node* elseb = newNode(OBLOCK, pos);
      elseb->list.push_back(as2);
      ifn->rlist.push_back(elseb);
      pre.push_back(ifn);
      rangeAssign(pre, k, v, hv1, hv2, pos);
      f->right = as(hv1, hnext);
    } else {
      Node* ha = x;
      Type* at = t->kind == TPTR ? t->elem : t;
      // x is skipped only when len(x) is constant (no calls or receives in it).
      if (!(t->kind == TARRAY && !v && !hasCallOrRecv(x))) {
        ha = temp(t, pos);
        f->init.push_back(as(ha, x, true));
      }
      Node* hn = temp(types::Int, pos);
      Node* lenx = t->kind == TSLICE ? un(OLEN, ha, types::Int) : intLit(at->len, types::Int, pos);
      f->init.push_back(as(hn, lenx, true));
      f->init.push_back(as(hv1, intLit(0, types::Int, pos), true));
      f->cond = bin(OLT, hv1, hn, types::Bool);
      rangeAssign(pre, k, v, hv1, bin(OINDEX, ha, hv1, at->elem), pos);
      Node* post = newNode(OASOP, pos);
      post->subop = OADD;
      post->left = hv1;
      post->right = intLit(1, types::Int, pos);
      post->typechecked = true;
      f->right = post;
    }
    f->body = pre;
    f->body.insert(f->body.end(), n->body.begin(), n->body.end());
    return f;
  }
};

}  // namespace

void walkFunc(Func* fn) {
  Walker w;
  w.curfn = fn;
  for (auto& s : fn->body) s = w.rewrite(s);
}

void walk(Package* pkg) {
  for (Func* f : pkg->funcs) walkFunc(f);
  for (Func* w : takeDeferWrappers()) {  // defer wrappers (walk_defer.cpp)
    walkFunc(w);
    pkg->funcs.push_back(w);
  }
  Walker w;
  for (auto& s : pkg->initOrder) s = w.rewrite(s);
}

}  // namespace minigo
