package main

import (
	"fmt"
	"sort"
	"strings"
)

func twoSum(nums []int, target int) []int {
	seen := map[int]int{}
	for i, n := range nums {
		if j, ok := seen[target-n]; ok {
			return []int{j, i}
		}
		seen[n] = i
	}
	return nil
}

func isValid(s string) bool {
	stack := []rune{}
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, c := range s {
		switch c {
		case '(', '[', '{':
			stack = append(stack, c)
		default:
			if len(stack) == 0 || stack[len(stack)-1] != pairs[c] {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func merge(intervals [][]int) [][]int {
	sort.Slice(intervals, func(i, j int) bool { return intervals[i][0] < intervals[j][0] })
	var out [][]int
	for _, iv := range intervals {
		if n := len(out); n > 0 && iv[0] <= out[n-1][1] {
			if iv[1] > out[n-1][1] {
				out[n-1][1] = iv[1]
			}
			continue
		}
		out = append(out, iv)
	}
	return out
}

func groupAnagrams(strs []string) [][]string {
	groups := map[[26]int][]string{}
	var order [][26]int
	for _, s := range strs {
		var key [26]int
		for _, c := range s {
			key[c-'a']++
		}
		if _, ok := groups[key]; !ok {
			order = append(order, key)
		}
		groups[key] = append(groups[key], s)
	}
	var out [][]string
	for _, k := range order {
		out = append(out, groups[k])
	}
	return out
}

func lengthOfLongestSubstring(s string) int {
	last := map[byte]int{}
	best, start := 0, 0
	for i := 0; i < len(s); i++ {
		if j, ok := last[s[i]]; ok && j >= start {
			start = j + 1
		}
		last[s[i]] = i
		if i-start+1 > best {
			best = i - start + 1
		}
	}
	return best
}

type ListNode struct {
	Val  int
	Next *ListNode
}

func reverseList(h *ListNode) *ListNode {
	var prev *ListNode
	for h != nil {
		h.Next, prev, h = prev, h, h.Next
	}
	return prev
}

func maxSubArray(nums []int) int {
	best, cur := nums[0], 0
	for _, n := range nums {
		if cur < 0 {
			cur = 0
		}
		cur += n
		if cur > best {
			best = cur
		}
	}
	return best
}

func main() {
	fmt.Println(twoSum([]int{2, 7, 11, 15}, 9), twoSum([]int{3, 2, 4}, 6), twoSum([]int{1}, 5))
	for _, s := range []string{"()[]{}", "(]", "([{}])", "(", ""} {
		fmt.Printf("%q:%v ", s, isValid(s))
	}
	fmt.Println()
	fmt.Println(merge([][]int{{8, 10}, {1, 3}, {2, 6}, {15, 18}, {9, 12}}))
	fmt.Println(groupAnagrams([]string{"eat", "tea", "tan", "ate", "nat", "bat"}))
	fmt.Println(lengthOfLongestSubstring("abcabcbb"), lengthOfLongestSubstring("pwwkew"), lengthOfLongestSubstring(""))
	var head *ListNode
	for i := 5; i >= 1; i-- {
		head = &ListNode{i, head}
	}
	head = reverseList(head)
	var parts []string
	for n := head; n != nil; n = n.Next {
		parts = append(parts, fmt.Sprint(n.Val))
	}
	fmt.Println(strings.Join(parts, "->"))
	fmt.Println(maxSubArray([]int{-2, 1, -3, 4, -1, 2, 1, -5, 4}), maxSubArray([]int{-3, -1}))
}
