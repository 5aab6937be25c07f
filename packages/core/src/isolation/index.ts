// Isolation: reach, weakly connected pioneers and the reasons, in words, why each is cut off.
export {};
