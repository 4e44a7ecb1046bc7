package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign = "-"
		m = -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Account struct {
	ID      int
	Owner   string
	Balance Money
	History []Txn
}

type Txn struct {
	Kind   string
	Amount Money
}

var ErrInsufficient = errors.New("insufficient funds")

type Bank struct {
	accounts map[int]*Account
	nextID   int
}

func NewBank() *Bank { return &Bank{accounts: make(map[int]*Account), nextID: 1} }

func (b *Bank) Open(owner string, initial Money) *Account {
	a := &Account{ID: b.nextID, Owner: owner}
	b.accounts[a.ID] = a
	b.nextID++
	if initial > 0 {
		a.Deposit(initial)
	}
	return a
}

func (a *Account) Deposit(m Money) {
	a.Balance += m
	a.History = append(a.History, Txn{"dep", m})
}

func (a *Account) Withdraw(m Money) error {
	if m > a.Balance {
		return fmt.Errorf("withdraw %v from #%d: %w", m, a.ID, ErrInsufficient)
	}
	a.Balance -= m
	a.History = append(a.History, Txn{"wd", m})
	return nil
}

func (b *Bank) Transfer(from, to int, m Money) (err error) {
	src, ok := b.accounts[from]
	if !ok {
		return fmt.Errorf("no account %d", from)
	}
	dst, ok := b.accounts[to]
	if !ok {
		return fmt.Errorf("no account %d", to)
	}
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer failed: %w", err)
		}
	}()
	if err = src.Withdraw(m); err != nil {
		return
	}
	dst.Deposit(m)
	return nil
}

func (b *Bank) Report() string {
	ids := make([]int, 0, len(b.accounts))
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	var sb strings.Builder
	total := Money(0)
	for _, id := range ids {
		a := b.accounts[id]
		fmt.Fprintf(&sb, "#%-2d %-8s %10v %d txns\n", a.ID, a.Owner, a.Balance, len(a.History))
		total += a.Balance
	}
	fmt.Fprintf(&sb, "total %v", total)
	return sb.String()
}

func main() {
	bank := NewBank()
	alice := bank.Open("alice", 10000)
	bob := bank.Open("bob", 550)
	bank.Open("carol", 0)
	fmt.Println(bank.Transfer(1, 2, 2575))
	err := bank.Transfer(2, 3, 100000)
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrInsufficient))
	fmt.Println(bank.Transfer(9, 1, 1))
	fmt.Println(bank.Transfer(3, 1, 0))
	fmt.Println(bank.Report())
	fmt.Println(alice.History, bob.History)
	fmt.Printf("%v %+v\n", bob.History[0], bob.History[len(bob.History)-1])
	fmt.Println(Money(-1234), Money(5), Money(0))
	acct := *alice
	acct.Deposit(1)
	fmt.Println(acct.Balance, alice.Balance, len(acct.History), len(alice.History))
}
