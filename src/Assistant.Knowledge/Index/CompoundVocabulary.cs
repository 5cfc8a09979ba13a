using Assistant.Core.Text;

namespace Assistant.Knowledge.Index;

/// <summary>Collects the words of a corpus (lower case, accent-folded) to serve as compound parts.</summary>
internal static class CompoundVocabulary
{
    private const int MaxWordLength = 40;

    /// <summary>
    /// The words of at least <see cref="CompoundSplitter.MinPartLength"/> letters in <paramref name="texts"/>;
    /// in a large corpus (50 texts or more) a word must occur at least 3 times, to keep typos out.
    /// </summary>
    public static IReadOnlyCollection<string> Collect(IReadOnlyList<string> texts, int degreeOfParallelism)
    {
        var minCount = texts.Count >= 50 ? 3 : 1;
        var partials = new List<Dictionary<string, int>>();
        Parallel.ForEach(
            Partitioner(texts.Count, degreeOfParallelism),
            new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism },
            () => new Dictionary<string, int>(StringComparer.Ordinal),
            (range, _, counts) =>
            {
                for (var i = range.Start; i < range.End; i++)
                {
                    Count(texts[i], counts);
                }

                return counts;
            },
            counts =>
            {
                lock (partials)
                {
                    partials.Add(counts);
                }
            });

        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var partial in partials)
        {
            foreach (var (word, count) in partial)
            {
                total[word] = total.GetValueOrDefault(word) + count;
            }
        }

        return [.. total.Where(p => p.Value >= minCount).Select(p => p.Key)];
    }

    private static IEnumerable<(int Start, int End)> Partitioner(int count, int parts)
    {
        var size = Math.Max(16, (count + (parts * 4) - 1) / Math.Max(1, parts * 4));
        for (var start = 0; start < count; start += size)
        {
            yield return (start, Math.Min(count, start + size));
        }
    }

    private static void Count(string text, Dictionary<string, int> counts)
    {
        var lookup = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxWordLength];
        var length = 0;
        var tooLong = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c))
            {
                if (length < MaxWordLength)
                {
                    buffer[length++] = TextFold.FoldChar(c);
                }
                else
                {
                    tooLong = true;
                }

                continue;
            }

            if (length >= CompoundSplitter.MinPartLength && !tooLong)
            {
                var word = buffer[..length];
                lookup[word] = lookup.TryGetValue(word, out var n) ? n + 1 : 1;
            }

            length = 0;
            tooLong = false;
        }
    }
}
