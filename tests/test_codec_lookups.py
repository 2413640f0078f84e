import numpy
import srsly
from srsly.msgpack import msgpack_decoders, msgpack_encoders

from quizgen.run.codec_lookups import memoised_codec_lookups


def test_lookups_inside_give_what_they_give_outside():
    before = (msgpack_encoders.get_all(), msgpack_decoders.get_all())
    with memoised_codec_lookups():
        assert (msgpack_encoders.get_all(), msgpack_decoders.get_all()) == before
        assert msgpack_decoders.get_all() is msgpack_decoders.get_all()  # answered from the memo
        array = numpy.arange(6, dtype="float32").reshape(2, 3)  # numpy's codec still used both ways
        assert (srsly.msgpack_loads(srsly.msgpack_dumps({"a": array}))["a"] == array).all()
    assert "get_all" not in vars(msgpack_decoders) and "get_all" not in vars(msgpack_encoders)


def test_a_codec_registered_inside_is_seen():
    name = "quizgen_test_codec"

    def decode(obj, chain=None):
        return {"seen": True} if obj == {"quizgen": 1} else (chain(obj) if chain else obj)

    with memoised_codec_lookups():
        msgpack_decoders.get_all()
        msgpack_decoders.register(name, func=decode)
        try:
            assert name in msgpack_decoders.get_all()
            assert srsly.msgpack_loads(srsly.msgpack_dumps({"quizgen": 1})) == {"seen": True}
        finally:
            import catalogue

            catalogue._remove((*msgpack_decoders.namespace, name))
    assert name not in msgpack_decoders.get_all()
