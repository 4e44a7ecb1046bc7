// walk_chan.cpp — channel operations become runtime calls (gc's walk of
// OSEND / ORECV / OCLOSE / OAS2RECV and walkrange over a channel):
//   c <- v            chansend1(c, v)
//   <-c               chanrecv1(c)
//   v, ok = <-c       v, ok = chanrecv2(c)
//   close(c)          closechan(c)
//   len(c), cap(c)    chanlen(c), chancap(c)
//   for v := range c  for { hv, hb = chanrecv2(c); if !hb break; v = hv; body }
// OMAKECHAN stays (codegen passes the channel type to makechan).
#include "frontend/walk_build.h"

namespace minigo {

namespace wb {

Node* temp(Env& e, Type* t, Pos pos) {
  Name* nm = newName("autotmp_" + std::to_string((*e.ntemp)++), ObjKind::Var, pos);
  nm->cls = PAUTO;
  nm->type = t;
  nm->curfn = e.curfn;
  nm->used = true;
  if (e.curfn) e.curfn->dcl.push_back(nm);
  Node* n = newNode(ONAME, pos);
  n->name_ = nm;
  n->name = nm->sym;
  n->type = t;
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

Node* as(Node* l, Node* r, bool colas) {
  Node* n = newNode(OAS, l->pos);
  n->left = l;
  n->right = r;
  n->colas = colas;
  n->typechecked = true;
  if (colas && l->name_) l->name_->defn = n;
  return n;
}

Node* rtcall(const std::string& fn, std::vector<Node*> args, Type* t, Pos pos) {
  Node* n = newNode(OCALLRT, pos);
  n->name = fn;
  n->list = std::move(args);
  n->type = t;
  n->typechecked = true;
  return n;
}

Node* block(Pos pos, std::vector<Node*> list) {
  Node* b = newNode(OBLOCK, pos);
  b->list = std::move(list);
  b->typechecked = true;
  return b;
}

Node* ifStmt(Node* cond, std::vector<Node*> then, std::vector<Node*> els, Pos pos) {
  Node* n = newNode(OIF, pos);
  n->cond = cond;
  n->body = std::move(then);
  if (!els.empty()) n->rlist.push_back(block(pos, std::move(els)));
  n->typechecked = true;
  return n;
}

Node* as2func(std::vector<Node*> lhs, Node* call, Pos pos) {
  Node* n = newNode(OAS2FUNC, pos);
  n->list = std::move(lhs);
  n->rlist = {call};
  n->typechecked = true;
  return n;
}

Type* tuple(std::vector<Type*> ts) {
  std::vector<Field> fs;
  for (Type* t : ts) {
    Field f;
    f.type = t;
    fs.push_back(f);
  }
  return newTuple(fs);
}

bool isBlank(Node* e) { return !e || (e->op == ONAME && e->name_ && e->name_->sym == "_"); }

int64_t slotBytes(Type* t) {
  switch (t->kind) {
    case TBOOL: case TINT: case TINT8: case TINT16: case TINT32: case TINT64:
    case TUINT: case TUINT8: case TUINT16: case TUINT32: case TUINT64: case TUINTPTR:
    case TFLOAT32: case TFLOAT64: case TUNSAFEPTR: case TPTR: case TFUNC: case TMAP: case TCHAN:
      return 8;
    default:
      return (t->size + 7) & ~int64_t(7);
  }
}

static bool bareBreak(Node* n) {
  if (!n) return false;
  switch (n->op) {
    case OBREAK: return true;  // labeled ones too: one may name the select itself
    case OFOR: case ORANGE: case OSWITCH: case OSELECT: case OFUNCLIT: case OCLOSURE: return false;
    default: break;
  }
  if (bareBreak(n->left) || bareBreak(n->right)) return true;
  for (auto* l : {&n->list, &n->rlist, &n->body, &n->init})
    if (hasBareBreak(*l)) return true;
  return false;
}

bool hasBareBreak(const std::vector<Node*>& l) {
  for (Node* s : l)
    if (bareBreak(s)) return true;
  return false;
}

}  // namespace wb

using namespace wb;

static Type* chanElem(Node* c) {
  Type* t = c->type;
  return t->underlying && t->underlying != t ? t->underlying->elem : t->elem;
}

// v, ok = <-c  →  v, ok = chanrecv2(c)
static Node* walkRecv2(Node* n, Env& env) {
  Node* r = n->rlist.empty() ? n->right : n->rlist[0];
  Node* c = env.rewrite(r->left);
  for (auto& l : n->list) l = env.rewrite(l);
  Type* et = chanElem(c);
  n->op = OAS2FUNC;
  n->right = nullptr;
  n->rlist = {rtcall("chanrecv2", {c}, tuple({et, types::Bool}), r->pos)};
  return n;
}

// gc's walkrange for channels.
static Node* walkRangeChan(Node* n, Env& env) {
  Pos pos = n->pos;
  Node* x = env.rewrite(n->right);
  Node* v = n->list.empty() ? nullptr : env.rewrite(n->list[0]);
  if (isBlank(v)) v = nullptr;
  for (auto& s : n->body) s = env.rewrite(s);
  Node* f = newNode(OFOR, pos);
  f->typechecked = true;
  for (Node* s : n->init) f->init.push_back(env.rewrite(s));
  if (v && n->colas && v->op == ONAME) {
    Node* d = newNode(ODCL, pos);
    d->left = v;
    f->init.push_back(d);
  }
  Type* et = chanElem(x);
  Node* ha = temp(env, x->type, pos);
  f->init.push_back(as(ha, x, true));
  Node* hv = temp(env, et, pos);
  Node* hb = temp(env, types::Bool, pos);
  f->body.push_back(as2func({hv, hb}, rtcall("chanrecv2", {ha}, tuple({et, types::Bool}), pos), pos));
  Node* notb = newNode(ONOT, pos);
  notb->left = hb;
  notb->type = types::Bool;
  notb->typechecked = true;
  Node* brk = newNode(OBREAK, pos);
  f->body.push_back(ifStmt(notb, {brk}, {}, pos));
  if (v) f->body.push_back(as(v, hv));
  f->body.insert(f->body.end(), n->body.begin(), n->body.end());
  return f;
}

static bool isChan(Node* x) {
  if (!x || !x->type) return false;
  Type* t = x->type->underlying ? x->type->underlying : x->type;
  return t->kind == TCHAN;
}

Node* walkChanPre(Node* n, Env& env) {
  switch (n->op) {
    case OSELECT: return walkSelect(n, env);
    case OAS2RECV: return walkRecv2(n, env);
    case ORANGE: return isChan(n->right) ? walkRangeChan(n, env) : nullptr;
    default: return nullptr;
  }
}

Node* walkChanPost(Node* n, Env& env) {
  switch (n->op) {
    case OSEND: return rtcall("chansend1", {n->left, n->right}, nullptr, n->pos);
    case ORECV: return rtcall("chanrecv1", {n->left}, n->type, n->pos);
    case OCLOSE: return rtcall("closechan", {n->left}, nullptr, n->pos);
    case OLEN: case OCAP:
      if (!isChan(n->left)) return nullptr;
      return rtcall(n->op == OLEN ? "chanlen" : "chancap", {n->left}, n->type, n->pos);
    default: return nullptr;
  }
}

}  // namespace minigo
