// The stdout test points file descriptor 1 of the whole process at a file; other tests must not run meanwhile.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
