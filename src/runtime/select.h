// select.h — the general select statement (Go's runtime/select.go selectgo).
// Walk reduces empty, single-case and case+default selects to plain channel
// ops (src/frontend/walk_select.cpp); the rest call selectgo.
#pragma once

#include <cstdint>

#include "runtime/chan.h"

namespace minigo::rt {

// One case: sends first (cases[0..nsends)), then receives.
struct Scase {
  Hchan* c;
  uint8_t* elem;  // send: the value's frame slot; receive: the destination slot (or null)
};

// res[0] = chosen case (-1: none ready and !block), res[1] = recvOK (frame
// slots). Parks the g when it must wait; the waker fills res then.
void selectgo(Scase* cases, int nsends, int nrecvs, bool block, int64_t* res);

// Go's cheaprand (fastrand): wyrand, seeded per process.
uint32_t cheaprand();
uint32_t cheaprandn(uint32_t n);

}  // namespace minigo::rt
