// s3rver ships no types; tests/scale/cluster.ts says what it uses of it.
declare module 's3rver'
