// select.cpp — selectgo as Go's runtime/select.go: a random poll order
// (cheaprand), a lock order by channel address, one pass over the cases for
// one that is ready, else a sudog on every channel and gopark("select"); the
// waker (chan.cpp readyWaiter) reports the case and dequeues the others.
#include "runtime/select.h"

#include <algorithm>
#include <utility>
#include <vector>

#include "runtime/error.h"

namespace minigo::rt {

uint32_t cheaprand() {
  static uint64_t state = uint64_t(nanotime()) ^ 0x9E3779B97F4A7C15ull;
  state += 0xa0761d6478bd642full;
  __uint128_t m = __uint128_t(state) * (state ^ 0xe7037ed1a0b428dbull);
  return uint32_t(uint64_t(m >> 64) ^ uint64_t(m));
}

uint32_t cheaprandn(uint32_t n) { return uint32_t((uint64_t(cheaprand()) * n) >> 32); }

void selectgo(Scase* cases, int nsends, int nrecvs, bool block, int64_t* res) {
  int ncases = nsends + nrecvs;
  static std::vector<uint16_t> pollorder, lockorder;
  pollorder.clear();
  // Random poll order over the non-nil channels (Fisher-Yates as Go does it).
  for (int i = 0; i < ncases; i++) {
    if (!cases[i].c) continue;
    size_t n = pollorder.size();
    size_t j = cheaprandn(uint32_t(n + 1));
    pollorder.push_back(uint16_t(i));  // then swap with a random earlier slot
    std::swap(pollorder[n], pollorder[j]);
  }
  // Lock order by channel address (Go sorts to lock without deadlock; on one
  // thread it only fixes the order the sudogs are queued in).
  lockorder = pollorder;
  std::sort(lockorder.begin(), lockorder.end(),
            [&](uint16_t a, uint16_t b) { return cases[a].c < cases[b].c; });

  // Pass 1: a case that can proceed now.
  for (uint16_t i : pollorder) {
    Scase& cs = cases[i];
    if (i < nsends) {
      if (cs.c->closed) {
        setPanic(makeError(ErrSendClosed));
        return;
      }
      if (trysend(cs.c, cs.elem)) {
        res[0] = i;
        res[1] = 0;
        return;
      }
    } else {
      bool received = false;
      if (tryrecv(cs.c, cs.elem, &received)) {
        res[0] = i;
        res[1] = received;
        return;
      }
    }
  }
  if (!block) {
    res[0] = -1;
    res[1] = 0;
    return;
  }
  // Pass 2: queue on every channel and wait.
  G* gp = sched.curg;
  gp->waiting = nullptr;
  Sudog** link = &gp->waiting;
  for (uint16_t i : lockorder) {
    Scase& cs = cases[i];
    Sudog* sg = acquireSudog();
    sg->g = gp;
    sg->c = cs.c;
    sg->elem = cs.elem;
    sg->isSelect = true;
    sg->isSend = i < nsends;
    sg->caseIndex = i;
    *link = sg;
    link = &sg->waitlink;
    enqueue(sg->isSend ? &cs.c->sendq : &cs.c->recvq, sg);
  }
  gp->selres = reinterpret_cast<uint8_t*>(res);
  gopark("select");
}

}  // namespace minigo::rt
