using System.Collections.Generic;

namespace SmtpCodes.Diagnosis;

/// <summary>
/// Rules by a small number (a reply code, a status's subject and detail): an array read for keys below a limit, where
/// nearly all of them are, and a dictionary above it. Several are looked up for every text, and a dictionary's lookup
/// cost as much as the rest of choosing a rule.
/// </summary>
internal sealed class RuleIndex
{
    /// <summary>Keys below this are read from the array: replies (below 600) and statuses up to X.9.999.</summary>
    private const int DirectLimit = 10000;

    private readonly int[]?[] _direct;
    private readonly Dictionary<int, int[]> _others = new();

    public RuleIndex(Dictionary<int, List<int>> rules)
    {
        int size = 0;
        foreach (int key in rules.Keys)
        {
            if (key >= 0 && key < DirectLimit && key >= size)
            {
                size = key + 1;
            }
        }

        _direct = new int[]?[size];
        foreach (KeyValuePair<int, List<int>> pair in rules)
        {
            if (pair.Key >= 0 && pair.Key < size)
            {
                _direct[pair.Key] = pair.Value.ToArray();
            }
            else
            {
                _others.Add(pair.Key, pair.Value.ToArray());
            }
        }
    }

    /// <summary>The rules with the key, ascending, or <see langword="null"/>.</summary>
    public int[]? Find(int key)
    {
        if ((uint)key < (uint)_direct.Length)
        {
            return _direct[key];
        }

        return _others.Count > 0 && _others.TryGetValue(key, out int[]? rules) ? rules : null;
    }
}
