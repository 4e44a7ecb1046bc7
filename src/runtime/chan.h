// chan.h — channels (Go's runtime/chan.go): hchan with a circular buffer
// (sendx/recvx), queues of waiting sudogs, direct handoff between a sender
// and a waiting receiver, close waking every waiter.
//
// Element copies: values leave a sender from a frame slot or the buffer and
// arrive in a frame slot (a native's result, a select temp), so every copy
// into a receiver normalizes narrow integers as frame slots require.
#pragma once

#include <cstdint>

#include "runtime/proc.h"

namespace minigo {
struct Type;
}

namespace minigo::rt {

struct Hchan;

// A g waiting on a channel (Go's sudog).
struct Sudog {
  G* g = nullptr;
  Sudog* next = nullptr;
  Sudog* prev = nullptr;
  uint8_t* elem = nullptr;   // the value to send / where to receive (frame slot)
  uint8_t* okp = nullptr;    // chanrecv2: where `ok` goes
  Hchan* c = nullptr;
  Sudog* waitlink = nullptr; // select: the g's other sudogs
  int32_t caseIndex = 0;     // select: which case this sudog is
  bool isSelect = false;
  bool isSend = false;
};

struct WaitQ {
  Sudog* first = nullptr;
  Sudog* last = nullptr;
};

struct Hchan {
  uint64_t qcount = 0;    // values in the buffer
  uint64_t dataqsiz = 0;  // buffer capacity
  uint8_t* buf = nullptr;
  uint16_t elemsize = 0;
  uint32_t slotsize = 0;  // the element's frame slot size (vm::slotSize)
  uint32_t closed = 0;
  Type* elemtype = nullptr;
  uint64_t sendx = 0, recvx = 0;
  WaitQ recvq, sendq;
};

// makechan; sets pendingError (makechan: size out of range) and returns nullptr.
Hchan* makechan(Type* chanType, int64_t size, uint32_t slotsize);
// Blocking ops on the running g (ep / dst are frame slots); when they must
// wait they gopark the g, and the waker completes the op for it.
void chansend(Hchan* c, uint8_t* ep);
void chanrecv(Hchan* c, uint8_t* dst, uint8_t* okp);
void closechan(Hchan* c);
int64_t chanlen(Hchan* c);
int64_t chancap(Hchan* c);
// Non-blocking forms for select with a default case.
bool selectnbsend(Hchan* c, uint8_t* ep);
// Returns whether a case was ready; *received as chanrecv2's ok.
bool selectnbrecv(Hchan* c, uint8_t* dst, bool* received);

// ---- shared with select.cpp
Sudog* acquireSudog();
void releaseSudog(Sudog* s);
void enqueue(WaitQ* q, Sudog* s);
void dequeueSudog(WaitQ* q, Sudog* s);
// Attempts without blocking; true when the op completed.
bool trysend(Hchan* c, uint8_t* ep);
bool tryrecv(Hchan* c, uint8_t* dst, bool* received);
// Wakes the g of a dequeued sudog: ok is chanrecv2's ok / select's recvOK;
// retry makes it re-execute its native (a sender woken by close panics).
void readyWaiter(Sudog* sg, bool ok, bool retry);
// Copies one element into a frame slot, normalizing narrow integers.
void recvStore(Hchan* c, uint8_t* dst, const uint8_t* src);

}  // namespace minigo::rt
