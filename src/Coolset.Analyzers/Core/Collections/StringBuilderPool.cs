using System.Text;

namespace Coolset.Analyzers.Core
{
    /// <summary>One reusable <see cref="StringBuilder"/> per thread, for the text of each URL expression read (see <see cref="ListPool{T}"/>).</summary>
    internal static class StringBuilderPool
    {
        private const int MaxKeptCapacity = 1024;

        [System.ThreadStatic]
        private static StringBuilder? t_cached;

        public static StringBuilder Rent()
        {
            var builder = t_cached;
            if (builder == null)
            {
                return new StringBuilder();
            }

            t_cached = null;
            return builder;
        }

        public static void Return(StringBuilder builder)
        {
            if (builder.Capacity > MaxKeptCapacity)
            {
                return;
            }

            builder.Clear();
            t_cached = builder;
        }

        /// <summary>The builder's text; the builder goes back to the pool.</summary>
        public static string ToStringAndReturn(StringBuilder builder)
        {
            var text = builder.ToString();
            Return(builder);
            return text;
        }
    }
}
