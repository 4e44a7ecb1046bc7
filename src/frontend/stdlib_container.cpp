// stdlib_container.cpp — packages container/heap, container/list and container/ring.
// list.Element and list.List have Go's field layout (user code reads
// e.Value); every method is a native (natives_container.cpp). heap's
// functions call back into the user's heap.Interface as sort.Sort does.
#include "frontend/stdlib_builder.h"

namespace minigo::tc::stdlib {

// Read by natives_container.cpp, which allocates Elements, Lists and Rings.
Type* listElement = nullptr;
Type* listList = nullptr;
Type* ringRing = nullptr;

namespace {

// A named type whose underlying type refers back to it (Element <-> List).
Type* forwardType(Pkg& p, const std::string& n) {
  Type* t = newNamed(p.p->name, n);
  auto* nm = newName(n, ObjKind::Type, Pos{});
  nm->type = t;
  p.p->members[n] = nm;
  return t;
}

}  // namespace

void declareContainer() {
  using namespace types;
  Pkg list("container/list", "list");
  Type* elem = forwardType(list, "Element");
  Type* lst = forwardType(list, "List");
  Type* elemP = newPtr(elem);
  Type* lstP = newPtr(lst);
  setUnderlying(elem, newStruct({fld(elemP, "next"), fld(elemP, "prev"), fld(lstP, "list"), fld(Any, "Value")}));
  setUnderlying(lst, newStruct({fld(elem, "root"), fld(Int, "len")}));
  calcSize(elem);
  calcSize(lst);
  calcSize(elemP);
  calcSize(lstP);
  listElement = elem;
  listList = lst;
  list.method(elem, true, "Next", sig({}, {elemP}));
  list.method(elem, true, "Prev", sig({}, {elemP}));
  list.func("New", sig({}, {lstP}));
  list.method(lst, true, "Init", sig({}, {lstP}));
  list.method(lst, true, "Len", sig({}, {Int}));
  list.method(lst, true, "Front", sig({}, {elemP}));
  list.method(lst, true, "Back", sig({}, {elemP}));
  list.method(lst, true, "Remove", sig({elemP}, {Any}));
  list.method(lst, true, "PushFront", sig({Any}, {elemP}));
  list.method(lst, true, "PushBack", sig({Any}, {elemP}));
  list.method(lst, true, "InsertBefore", sig({Any, elemP}, {elemP}));
  list.method(lst, true, "InsertAfter", sig({Any, elemP}, {elemP}));
  list.method(lst, true, "MoveToFront", sig({elemP}, {}));
  list.method(lst, true, "MoveToBack", sig({elemP}, {}));
  list.method(lst, true, "MoveBefore", sig({elemP, elemP}, {}));
  list.method(lst, true, "MoveAfter", sig({elemP, elemP}, {}));
  list.method(lst, true, "PushBackList", sig({lstP}, {}));
  list.method(lst, true, "PushFrontList", sig({lstP}, {}));

  // container/ring: Ring { next, prev *Ring; Value any }.
  Pkg ring("container/ring", "ring");
  Type* rg = forwardType(ring, "Ring");
  Type* rgP = newPtr(rg);
  setUnderlying(rg, newStruct({fld(rgP, "next"), fld(rgP, "prev"), fld(Any, "Value")}));
  calcSize(rg);
  calcSize(rgP);
  ringRing = rg;
  ring.func("New", sig({Int}, {rgP}));
  ring.method(rg, true, "Next", sig({}, {rgP}));
  ring.method(rg, true, "Prev", sig({}, {rgP}));
  ring.method(rg, true, "Move", sig({Int}, {rgP}));
  ring.method(rg, true, "Link", sig({rgP}, {rgP}));
  ring.method(rg, true, "Unlink", sig({Int}, {rgP}));
  ring.method(rg, true, "Len", sig({}, {Int}));
  ring.method(rg, true, "Do", sig({sig({Any}, {})}, {}));

  // heap.Interface embeds sort.Interface (declared by declareSort, which runs first).
  Pkg sortP("sort", "sort");
  Type* sortIface = sortP.p->members.at("Interface")->type;
  Pkg heap("container/heap", "heap");
  Type* iface = heap.type("Interface", newInterface({meth("Push", sig({Any}, {})), meth("Pop", sig({}, {Any}))}, {sortIface}));
  heap.func("Init", sig({iface}, {}));
  heap.func("Push", sig({iface, Any}, {}));
  heap.func("Pop", sig({iface}, {Any}));
  heap.func("Remove", sig({iface, Int}, {Any}));
  heap.func("Fix", sig({iface, Int}, {}));
}

}  // namespace minigo::tc::stdlib
