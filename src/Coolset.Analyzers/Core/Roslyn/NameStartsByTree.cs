using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// Where a rule's method names stand in each file (see <see cref="InvocationSites.AddNameStarts"/>): the file's text is
    /// searched once, on the first method body of the file that asks, and every body then looks only within its span.
    /// </summary>
    internal sealed class NameStartsByTree
    {
        private readonly ConcurrentDictionary<SyntaxTree, int[]> _byTree = new ConcurrentDictionary<SyntaxTree, int[]>();
        private readonly Func<SyntaxTree, int[]> _compute;

        /// <param name="search">Adds the name starts of a file, given the file and its text.</param>
        public NameStartsByTree(Action<SyntaxTree, string, List<int>> search)
        {
            _compute = tree =>
            {
                var starts = new List<int>();
                search(tree, tree.GetText().ToString(), starts);
                if (starts.Count == 0)
                {
                    return Array.Empty<int>();
                }

                starts.Sort();
                return starts.ToArray();
            };
        }

        /// <summary>The sorted starts of the names in <paramref name="tree"/>.</summary>
        public int[] For(SyntaxTree tree) => _byTree.GetOrAdd(tree, _compute);
    }
}
