namespace Coolset.Analyzers.Core
{
    /// <summary>One <c>name=value</c> pair of a URL query: offsets into the text, the value not decoded.</summary>
    internal readonly struct QueryParameter
    {
        internal QueryParameter(int start, int nameLength, int valueStart, int end)
        {
            Start = start;
            NameLength = nameLength;
            ValueStart = valueStart;
            End = end;
        }

        /// <summary>Where the pair (its name) begins.</summary>
        public int Start { get; }

        /// <summary>Just past the pair's last character (at the next '&amp;', '#' or the end of the URL).</summary>
        public int End { get; }

        public int NameStart => Start;

        public int NameLength { get; }

        /// <summary>The value after the '='; for a pair without '=' it is empty and starts at <see cref="End"/>.</summary>
        public int ValueStart { get; }

        public int ValueLength => End - ValueStart;

        public bool HasEquals => ValueStart > Start + NameLength;
    }

    /// <summary>Walks the pairs of a query without allocating; empty pairs (<c>a=1&amp;&amp;b=2</c>) are skipped.</summary>
    internal struct QueryParameterEnumerator
    {
        private readonly string _text;
        private readonly int _end;
        private int _position;

        internal QueryParameterEnumerator(string text, int start, int end)
        {
            _text = text;
            _end = end;
            _position = start;
            Current = default;
        }

        public QueryParameter Current { get; private set; }

        public QueryParameterEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_position >= 0 && _position <= _end)
            {
                var start = _position;
                var end = start;
                while (end < _end && _text[end] != '&')
                {
                    end++;
                }

                _position = end + 1;
                if (end == start)
                {
                    continue;
                }

                var nameEnd = start;
                while (nameEnd < end && _text[nameEnd] != '=')
                {
                    nameEnd++;
                }

                Current = new QueryParameter(start, nameEnd - start, nameEnd < end ? nameEnd + 1 : end, end);
                return true;
            }

            return false;
        }
    }
}
