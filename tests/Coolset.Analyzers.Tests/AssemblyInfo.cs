using Xunit;

// The machines have two cores; analyzer tests are CPU-bound.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
