// natives_container.cpp — container/list, container/ring and container/heap
// as Go 1.19's list.go, ring.go and heap.go. A list is Go's ring with a
// sentinel root Element inside the List (lazily initialised, so a zero List
// works); heap's
// functions call the user's Len/Less/Swap/Push/Pop through callGo, in the
// order heap.go calls them, so a program observing its calls sees Go's.
#include "vm/natives_stdlib.h"

namespace minigo::tc::stdlib {
extern Type* listElement;
extern Type* listList;
extern Type* ringRing;
}  // namespace minigo::tc::stdlib

namespace minigo::vm::stdlib {

namespace {

// Go's layouts (stdlib_container.cpp declares the same fields).
struct List;
struct Element {
  Element* next;
  Element* prev;
  List* list;
  rt::Eface value;
};
struct List {
  Element root;
  int64_t len;
};

bool nilDeref(const void* p) {
  if (p) return false;
  rt::setPanic(rt::makeError(rt::ErrNilDeref));
  return true;
}

List* listInit(List* l) {
  l->root.next = &l->root;
  l->root.prev = &l->root;
  l->len = 0;
  return l;
}
void lazyInit(List* l) {
  if (!l->root.next) listInit(l);
}
Element* insert(List* l, Element* e, Element* at) {
  e->prev = at;
  e->next = at->next;
  e->prev->next = e;
  e->next->prev = e;
  e->list = l;
  l->len++;
  return e;
}
Element* insertValue(List* l, rt::Eface v, Element* at) {
  auto* e = static_cast<Element*>(rt::mallocgc(sizeof(Element), tc::stdlib::listElement, true));
  e->value = v;
  return insert(l, e, at);
}
void remove(List* l, Element* e) {
  e->prev->next = e->next;
  e->next->prev = e->prev;
  e->next = nullptr;
  e->prev = nullptr;
  e->list = nullptr;
  l->len--;
}
void move(Element* e, Element* at) {
  if (e == at) return;
  e->prev->next = e->next;
  e->next->prev = e->prev;
  e->prev = at;
  e->next = at->next;
  e->prev->next = e;
  e->next->prev = e;
}

void Element_Next(rt::G*, uint8_t* a) {
  auto* e = at<Element*>(a, 8);
  if (nilDeref(e)) return;
  Element* p = e->next;
  at<Element*>(a, 0) = e->list && p != &e->list->root ? p : nullptr;
}
void Element_Prev(rt::G*, uint8_t* a) {
  auto* e = at<Element*>(a, 8);
  if (nilDeref(e)) return;
  Element* p = e->prev;
  at<Element*>(a, 0) = e->list && p != &e->list->root ? p : nullptr;
}
void list_New(rt::G*, uint8_t* a) {
  at<List*>(a, 0) = listInit(static_cast<List*>(rt::mallocgc(sizeof(List), tc::stdlib::listList, true)));
}
void List_Init(rt::G*, uint8_t* a) {
  auto* l = at<List*>(a, 8);
  if (!nilDeref(l)) at<List*>(a, 0) = listInit(l);
}
void List_Len(rt::G*, uint8_t* a) {
  auto* l = at<List*>(a, 8);
  if (!nilDeref(l)) at<int64_t>(a, 0) = l->len;
}
void List_Front(rt::G*, uint8_t* a) {
  auto* l = at<List*>(a, 8);
  if (!nilDeref(l)) at<Element*>(a, 0) = l->len == 0 ? nullptr : l->root.next;
}
void List_Back(rt::G*, uint8_t* a) {
  auto* l = at<List*>(a, 8);
  if (!nilDeref(l)) at<Element*>(a, 0) = l->len == 0 ? nullptr : l->root.prev;
}
void List_Remove(rt::G*, uint8_t* a) {
  auto* e = at<Element*>(a, 0);
  auto* l = at<List*>(a, 24);
  if (nilDeref(e)) return;
  if (e->list == l) {
    // Both nil (a zero Element, a nil List): Go's remove dereferences nil.
    if (nilDeref(l) || nilDeref(e->prev)) return;
    remove(l, e);
  }
  at<rt::Eface>(a, 8) = e->value;
}
void List_PushFront(rt::G*, uint8_t* a) {
  auto* l = at<List*>(a, 24);
  if (nilDeref(l)) return;
  lazyInit(l);
  at<Element*>(a, 16) = insertValue(l, at<rt::Eface>(a, 0), &l->root);
}
void List_PushBack(rt::G*, uint8_t* a) {
  auto* l = at<List*>(a, 24);
  if (nilDeref(l)) return;
  lazyInit(l);
  at<Element*>(a, 16) = insertValue(l, at<rt::Eface>(a, 0), l->root.prev);
}
void List_InsertBefore(rt::G*, uint8_t* a) {
  auto* mark = at<Element*>(a, 16);
  auto* l = at<List*>(a, 32);
  if (nilDeref(mark)) return;
  if (mark->list != l) {
    at<Element*>(a, 24) = nullptr;
    return;
  }
  if (!nilDeref(l) && !nilDeref(mark->prev)) at<Element*>(a, 24) = insertValue(l, at<rt::Eface>(a, 0), mark->prev);
}
void List_InsertAfter(rt::G*, uint8_t* a) {
  auto* mark = at<Element*>(a, 16);
  auto* l = at<List*>(a, 32);
  if (nilDeref(mark)) return;
  if (mark->list != l) {
    at<Element*>(a, 24) = nullptr;
    return;
  }
  if (!nilDeref(l) && !nilDeref(mark->next)) at<Element*>(a, 24) = insertValue(l, at<rt::Eface>(a, 0), mark);
}
void List_MoveToFront(rt::G*, uint8_t* a) {
  auto* e = at<Element*>(a, 0);
  auto* l = at<List*>(a, 8);
  if (nilDeref(e) || e->list != l || nilDeref(l)) return;
  if (l->root.next != e) move(e, &l->root);
}
void List_MoveToBack(rt::G*, uint8_t* a) {
  auto* e = at<Element*>(a, 0);
  auto* l = at<List*>(a, 8);
  if (nilDeref(e) || e->list != l || nilDeref(l)) return;
  if (l->root.prev != e) move(e, l->root.prev);
}
void List_MoveBefore(rt::G*, uint8_t* a) {
  auto* e = at<Element*>(a, 0);
  auto* mark = at<Element*>(a, 8);
  auto* l = at<List*>(a, 16);
  if (nilDeref(e) || e->list != l || e == mark || nilDeref(mark) || mark->list != l || nilDeref(l)) return;
  move(e, mark->prev);
}
void List_MoveAfter(rt::G*, uint8_t* a) {
  auto* e = at<Element*>(a, 0);
  auto* mark = at<Element*>(a, 8);
  auto* l = at<List*>(a, 16);
  if (nilDeref(e) || e->list != l || e == mark || nilDeref(mark) || mark->list != l || nilDeref(l)) return;
  move(e, mark);
}
void List_PushBackList(rt::G*, uint8_t* a) {
  auto* other = at<List*>(a, 0);
  auto* l = at<List*>(a, 8);
  if (nilDeref(l)) return;
  lazyInit(l);
  if (nilDeref(other)) return;
  // Counted by other's length first, so l.PushBackList(l) doubles l as in Go.
  Element* e = other->len ? other->root.next : nullptr;
  for (int64_t i = other->len; i > 0; i--) {
    insertValue(l, e->value, l->root.prev);
    Element* p = e->next;
    e = e->list && p != &e->list->root ? p : nullptr;
  }
}
void List_PushFrontList(rt::G*, uint8_t* a) {
  auto* other = at<List*>(a, 0);
  auto* l = at<List*>(a, 8);
  if (nilDeref(l)) return;
  lazyInit(l);
  if (nilDeref(other)) return;
  Element* e = other->len ? other->root.prev : nullptr;
  for (int64_t i = other->len; i > 0; i--) {
    insertValue(l, e->value, &l->root);
    Element* p = e->prev;
    e = e->list && p != &e->list->root ? p : nullptr;
  }
}

// ---- container/ring as ring.go: a zero Ring is a ring of one (init on use).
struct Ring {
  Ring* next;
  Ring* prev;
  rt::Eface value;
};
Ring* ringInit(Ring* r) {
  r->next = r;
  r->prev = r;
  return r;
}
Ring* ringNext(Ring* r) { return r->next ? r->next : ringInit(r); }
Ring* ringPrev(Ring* r) { return r->next ? r->prev : ringInit(r); }
Ring* ringMove(Ring* r, int64_t n) {
  if (!r->next) return ringInit(r);
  for (; n < 0; n++) r = r->prev;
  for (; n > 0; n--) r = r->next;
  return r;
}
Ring* ringLink(Ring* r, Ring* s) {
  Ring* n = ringNext(r);
  if (s) {
    Ring* p = ringPrev(s);
    r->next = s;
    s->prev = r;
    n->prev = p;
    p->next = n;
  }
  return n;
}
void ring_New(rt::G*, uint8_t* a) {
  int64_t n = at<int64_t>(a, 0);
  Ring* r = nullptr;
  if (n > 0) {
    auto alloc = [] { return static_cast<Ring*>(rt::mallocgc(sizeof(Ring), tc::stdlib::ringRing, true)); };
    r = alloc();
    Ring* p = r;
    for (int64_t i = 1; i < n; i++) {
      Ring* q = alloc();
      q->prev = p;
      p->next = q;
      p = q;
    }
    p->next = r;
    r->prev = p;
  }
  at<Ring*>(a, 8) = r;
}
void Ring_Next(rt::G*, uint8_t* a) {
  auto* r = at<Ring*>(a, 8);
  if (!nilDeref(r)) at<Ring*>(a, 0) = ringNext(r);
}
void Ring_Prev(rt::G*, uint8_t* a) {
  auto* r = at<Ring*>(a, 8);
  if (!nilDeref(r)) at<Ring*>(a, 0) = ringPrev(r);
}
void Ring_Move(rt::G*, uint8_t* a) {
  auto* r = at<Ring*>(a, 16);
  if (!nilDeref(r)) at<Ring*>(a, 8) = ringMove(r, at<int64_t>(a, 0));
}
void Ring_Link(rt::G*, uint8_t* a) {
  auto* r = at<Ring*>(a, 16);
  if (!nilDeref(r)) at<Ring*>(a, 8) = ringLink(r, at<Ring*>(a, 0));
}
void Ring_Unlink(rt::G*, uint8_t* a) {
  int64_t n = at<int64_t>(a, 0);
  auto* r = at<Ring*>(a, 16);
  if (n <= 0) {
    at<Ring*>(a, 8) = nullptr;
    return;
  }
  if (!nilDeref(r)) at<Ring*>(a, 8) = ringLink(r, ringMove(r, n + 1));
}
void Ring_Len(rt::G*, uint8_t* a) {
  auto* r = at<Ring*>(a, 8);
  int64_t n = 0;
  if (r) {
    n = 1;
    for (Ring* p = ringNext(r); p != r; p = p->next) n++;
  }
  at<int64_t>(a, 0) = n;
}
void Ring_Do(rt::G*, uint8_t* a) {
  auto* f = at<rt::FuncVal*>(a, 0);
  auto* r = at<Ring*>(a, 8);
  if (!r) return;
  auto call = [&](Ring* p) {
    if (nilDeref(f)) return false;
    alignas(8) uint8_t args[16];
    at<rt::Eface>(args, 0) = p->value;
    callFunc(f, args, 16);
    return true;
  };
  if (!call(r)) return;
  for (Ring* p = ringNext(r); p != r; p = p->next)
    if (!call(p)) return;
}

// ---- container/heap over a heap.Interface (methods by sorted name:
// Len, Less, Pop, Push, Swap).
struct Heap {
  rt::Iface h;
  enum { kLen, kLess, kPop, kPush, kSwap };
  void call(int m, uint8_t* args) {
    Proto* p = methodProto(h.tab->fun[m]);
    at<void*>(args, p->argSize) = h.data;
    callGo(p, args, p->argSize + 8, nullptr, true);
  }
  int64_t len() {
    alignas(8) uint8_t args[16] = {};
    call(kLen, args);
    return at<int64_t>(args, 0);
  }
  bool less(int64_t i, int64_t j) {
    alignas(8) uint8_t args[32] = {};
    at<int64_t>(args, 0) = i;
    at<int64_t>(args, 8) = j;
    call(kLess, args);
    return at<uint8_t>(args, 16) != 0;
  }
  void swap(int64_t i, int64_t j) {
    alignas(8) uint8_t args[24] = {};
    at<int64_t>(args, 0) = i;
    at<int64_t>(args, 8) = j;
    call(kSwap, args);
  }
  void push(rt::Eface x) {
    alignas(8) uint8_t args[24] = {};
    at<rt::Eface>(args, 0) = x;
    call(kPush, args);
  }
  rt::Eface pop() {
    alignas(8) uint8_t args[24] = {};
    call(kPop, args);
    return at<rt::Eface>(args, 0);
  }
  void up(int64_t j) {
    for (;;) {
      int64_t i = (j - 1) / 2;  // parent
      if (i == j || !less(j, i)) break;
      swap(i, j);
      j = i;
    }
  }
  bool down(int64_t i0, int64_t n) {
    int64_t i = i0;
    for (;;) {
      int64_t j1 = 2 * i + 1;
      if (j1 >= n || j1 < 0) break;
      int64_t j = j1;
      if (int64_t j2 = j1 + 1; j2 < n && less(j2, j1)) j = j2;
      if (!less(j, i)) break;
      swap(i, j);
      i = j;
    }
    return i > i0;
  }
};
bool heapOf(uint8_t* a, Heap* h) {
  h->h = at<rt::Iface>(a, 0);
  return !nilDeref(h->h.tab);
}

void heap_Init(rt::G*, uint8_t* a) {
  Heap h;
  if (!heapOf(a, &h)) return;
  int64_t n = h.len();
  for (int64_t i = n / 2 - 1; i >= 0; i--) h.down(i, n);
}
void heap_Push(rt::G*, uint8_t* a) {
  Heap h;
  if (!heapOf(a, &h)) return;
  h.push(at<rt::Eface>(a, 16));
  h.up(h.len() - 1);
}
void heap_Pop(rt::G*, uint8_t* a) {
  Heap h;
  if (!heapOf(a, &h)) return;
  int64_t n = h.len() - 1;
  h.swap(0, n);
  h.down(0, n);
  at<rt::Eface>(a, 16) = h.pop();
}
void heap_Remove(rt::G*, uint8_t* a) {
  Heap h;
  if (!heapOf(a, &h)) return;
  int64_t i = at<int64_t>(a, 16);
  int64_t n = h.len() - 1;
  if (n != i) {
    h.swap(i, n);
    if (!h.down(i, n)) h.up(i);
  }
  at<rt::Eface>(a, 24) = h.pop();
}
void heap_Fix(rt::G*, uint8_t* a) {
  Heap h;
  if (!heapOf(a, &h)) return;
  int64_t i = at<int64_t>(a, 16);
  if (!h.down(i, h.len())) h.up(i);
}

}  // namespace

}  // namespace minigo::vm::stdlib

namespace minigo::vm {

void registerContainerNatives() {
  using namespace stdlib;
  static const std::pair<const char*, NativeFn> fns[] = {
      {"list.(*Element).Next", Element_Next},
      {"list.(*Element).Prev", Element_Prev},
      {"list.New", list_New},
      {"list.(*List).Init", List_Init},
      {"list.(*List).Len", List_Len},
      {"list.(*List).Front", List_Front},
      {"list.(*List).Back", List_Back},
      {"list.(*List).Remove", List_Remove},
      {"list.(*List).PushFront", List_PushFront},
      {"list.(*List).PushBack", List_PushBack},
      {"list.(*List).InsertBefore", List_InsertBefore},
      {"list.(*List).InsertAfter", List_InsertAfter},
      {"list.(*List).MoveToFront", List_MoveToFront},
      {"list.(*List).MoveToBack", List_MoveToBack},
      {"list.(*List).MoveBefore", List_MoveBefore},
      {"list.(*List).MoveAfter", List_MoveAfter},
      {"list.(*List).PushBackList", List_PushBackList},
      {"list.(*List).PushFrontList", List_PushFrontList},
      {"ring.New", ring_New},
      {"ring.(*Ring).Next", Ring_Next},
      {"ring.(*Ring).Prev", Ring_Prev},
      {"ring.(*Ring).Move", Ring_Move},
      {"ring.(*Ring).Link", Ring_Link},
      {"ring.(*Ring).Unlink", Ring_Unlink},
      {"ring.(*Ring).Len", Ring_Len},
      {"ring.(*Ring).Do", Ring_Do},
      {"heap.Init", heap_Init},
      {"heap.Push", heap_Push},
      {"heap.Pop", heap_Pop},
      {"heap.Remove", heap_Remove},
      {"heap.Fix", heap_Fix},
  };
  for (auto& [n, f] : fns) (void)NativeRegistrar(n, f);
}

}  // namespace minigo::vm
