// chan.cpp — Go's runtime/chan.go on one thread: no locks are needed, and a
// waiter is completed by whoever wakes it (handoff), so a parked g resumes
// with its value already in place.
#include "runtime/chan.h"

#include <cstring>

#include "frontend/types.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/malloc.h"

namespace minigo::rt {

namespace {

Sudog* sudogCache = nullptr;

Sudog* dequeue(WaitQ* q) {
  Sudog* s = q->first;
  if (!s) return nullptr;
  q->first = s->next;
  if (q->first) q->first->prev = nullptr;
  else q->last = nullptr;
  s->next = s->prev = nullptr;
  return s;
}

uint8_t* chanbuf(Hchan* c, uint64_t i) { return c->buf + i * c->elemsize; }

void zeroSlot(Hchan* c, uint8_t* dst) {
  if (dst) std::memset(dst, 0, c->slotsize);
}

void setOK(uint8_t* okp, bool ok) {
  if (okp) *reinterpret_cast<int64_t*>(okp) = ok ? 1 : 0;
}

// Parks the running g on q for c (not a select).
void block(Hchan* c, WaitQ* q, uint8_t* elem, uint8_t* okp, bool isSend) {
  Sudog* sg = acquireSudog();
  sg->g = sched.curg;
  sg->elem = elem;
  sg->okp = okp;
  sg->c = c;
  sg->isSend = isSend;
  enqueue(q, sg);
  gopark(isSend ? "chan send" : "chan receive");
}

// A receive from a parked sender (Go's recv): unbuffered, copy straight from
// it; buffer full, take the head and put the sender's value at the tail.
void recvFrom(Hchan* c, Sudog* sg, uint8_t* dst) {
  if (c->dataqsiz == 0) {
    if (dst) recvStore(c, dst, sg->elem);
  } else {
    uint8_t* qp = chanbuf(c, c->recvx);
    if (dst) recvStore(c, dst, qp);
    if (c->elemsize) std::memcpy(qp, sg->elem, c->elemsize);
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->sendx = c->recvx;
  }
  readyWaiter(sg, true, false);
}

}  // namespace

Sudog* acquireSudog() {
  Sudog* s = sudogCache;
  if (s) {
    sudogCache = s->next;
    *s = Sudog{};
    return s;
  }
  return new Sudog();
}

void releaseSudog(Sudog* s) {
  s->next = sudogCache;
  sudogCache = s;
}

void enqueue(WaitQ* q, Sudog* s) {
  s->next = nullptr;
  s->prev = q->last;
  if (q->last) q->last->next = s;
  else q->first = s;
  q->last = s;
}

void dequeueSudog(WaitQ* q, Sudog* s) {
  if (s->prev) s->prev->next = s->next;
  else if (q->first == s) q->first = s->next;
  else return;  // not queued
  if (s->next) s->next->prev = s->prev;
  else q->last = s->prev;
  s->next = s->prev = nullptr;
}

void recvStore(Hchan* c, uint8_t* dst, const uint8_t* src) {
  if (c->elemsize == 0) return;
  Type* t = c->elemtype;
  if (c->elemsize < 8 && c->slotsize == 8) {
    int64_t v = 0;
    switch (t->kind) {
      case TINT8: v = *reinterpret_cast<const int8_t*>(src); break;
      case TINT16: { int16_t x; std::memcpy(&x, src, 2); v = x; break; }
      case TINT32: { int32_t x; std::memcpy(&x, src, 4); v = x; break; }
      default: std::memcpy(&v, src, c->elemsize); break;  // zero-extended
    }
    std::memcpy(dst, &v, 8);
    return;
  }
  std::memmove(dst, src, c->elemsize);
}

void readyWaiter(Sudog* sg, bool ok, bool retry) {
  G* gp = sg->g;
  if (sg->isSelect) {
    // selectgo's wakeup half: report the case, leave every other queue.
    auto* res = reinterpret_cast<int64_t*>(gp->selres);
    res[0] = sg->caseIndex;
    res[1] = ok ? 1 : 0;
    for (Sudog* s = gp->waiting; s;) {
      Sudog* next = s->waitlink;
      if (s != sg) dequeueSudog(s->isSend ? &s->c->sendq : &s->c->recvq, s);
      releaseSudog(s);
      s = next;
    }
    gp->waiting = nullptr;
  } else {
    setOK(sg->okp, ok);
    releaseSudog(sg);
  }
  gp->retryNative = retry;
  goready(gp);
}

Hchan* makechan(Type* chanType, int64_t size, uint32_t slotsize) {
  Type* elem = chanType->elem;
  if (size < 0 || (elem->size > 0 && uint64_t(size) > (uint64_t(1) << 40) / uint64_t(elem->size))) {
    setPanic(makeError(ErrMakechanSize));
    return nullptr;
  }
  auto* c = static_cast<Hchan*>(mallocgc(sizeof(Hchan), gcConservativeType(), true));
  new (c) Hchan();
  c->elemsize = uint16_t(elem->size);
  c->slotsize = slotsize;
  c->elemtype = elem;
  c->dataqsiz = uint64_t(size);
  if (size > 0 && elem->size > 0) c->buf = static_cast<uint8_t*>(mallocgc(uintptr_t(size * elem->size), elem, true));
  return c;
}

bool trysend(Hchan* c, uint8_t* ep) {
  if (Sudog* sg = dequeue(&c->recvq)) {
    if (sg->elem) recvStore(c, sg->elem, ep);
    readyWaiter(sg, true, false);
    return true;
  }
  if (c->qcount < c->dataqsiz) {
    if (c->elemsize) std::memcpy(chanbuf(c, c->sendx), ep, c->elemsize);  // chan struct{} has no buffer
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    c->qcount++;
    return true;
  }
  return false;
}

bool tryrecv(Hchan* c, uint8_t* dst, bool* received) {
  if (Sudog* sg = dequeue(&c->sendq)) {
    recvFrom(c, sg, dst);
    *received = true;
    return true;
  }
  if (c->qcount > 0) {
    uint8_t* qp = chanbuf(c, c->recvx);
    if (dst) recvStore(c, dst, qp);
    if (c->elemsize) std::memset(qp, 0, c->elemsize);  // chan struct{} has no buffer
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    c->qcount--;
    *received = true;
    return true;
  }
  if (c->closed) {
    zeroSlot(c, dst);
    *received = false;
    return true;
  }
  return false;
}

void chansend(Hchan* c, uint8_t* ep) {
  if (!c) {
    gopark("chan send (nil chan)");
    return;
  }
  if (c->closed) {
    setPanic(makeError(ErrSendClosed));
    return;
  }
  if (trysend(c, ep)) return;
  block(c, &c->sendq, ep, nullptr, true);
}

void chanrecv(Hchan* c, uint8_t* dst, uint8_t* okp) {
  if (!c) {
    gopark("chan receive (nil chan)");
    return;
  }
  bool received;
  if (tryrecv(c, dst, &received)) {
    setOK(okp, received);
    return;
  }
  block(c, &c->recvq, dst, okp, false);
}

void closechan(Hchan* c) {
  if (!c) {
    setPanic(makeError(ErrCloseNil));
    return;
  }
  if (c->closed) {
    setPanic(makeError(ErrCloseClosed));
    return;
  }
  c->closed = 1;
  // Receivers get the zero value and ok == false; senders retry and panic.
  while (Sudog* sg = dequeue(&c->recvq)) {
    if (sg->elem) zeroSlot(c, sg->elem);
    readyWaiter(sg, false, false);
  }
  while (Sudog* sg = dequeue(&c->sendq)) readyWaiter(sg, false, true);
}

int64_t chanlen(Hchan* c) { return c ? int64_t(c->qcount) : 0; }
int64_t chancap(Hchan* c) { return c ? int64_t(c->dataqsiz) : 0; }

bool selectnbsend(Hchan* c, uint8_t* ep) {
  if (!c) return false;
  if (c->closed) {
    setPanic(makeError(ErrSendClosed));
    return false;
  }
  return trysend(c, ep);
}

bool selectnbrecv(Hchan* c, uint8_t* dst, bool* received) {
  if (!c) return false;
  return tryrecv(c, dst, received);
}

}  // namespace minigo::rt
