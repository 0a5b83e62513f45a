using System.Collections.Generic;

namespace Coolset.Analyzers.Core
{
    /// <summary>
    /// One reusable list per thread, for the per-file scratch lists of the text searches: every file of a build asks
    /// for one, and a fresh list per file is garbage the compiler's collections then pay for. Rent and return in the
    /// same method; a second renter on the same thread (none today) simply gets a new list.
    /// </summary>
    internal static class ListPool<T>
    {
        private const int MaxKeptCapacity = 1024;

        [System.ThreadStatic]
        private static List<T>? t_cached;

        public static List<T> Rent()
        {
            var list = t_cached;
            if (list == null)
            {
                return new List<T>();
            }

            t_cached = null;
            return list;
        }

        public static void Return(List<T> list)
        {
            if (list.Capacity > MaxKeptCapacity)
            {
                return; // a rare huge file: let it go rather than keep its memory
            }

            list.Clear();
            t_cached = list;
        }
    }
}
